package jp.iwaki.matching.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import jp.iwaki.matching.common.CleanText;
import jp.iwaki.matching.firm.ProductDto;
import jp.iwaki.matching.program.ProgramCode;

/** The shapes projects travel in; entities never leave the API. */
public final class ProjectDtos {
    private ProjectDtos() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Event(
            @NotNull LocalDate heldOn,
            @NotBlank @Size(max = 200) @JsonDeserialize(using = CleanText.class) String venue,
            @Min(0) @Max(100000) Integer capacity) {
    }

    public record Input(
            @NotNull ProgramCode program,
            @NotNull @Min(2000) @Max(2100) Integer fiscalYear,
            @NotBlank @Size(max = 200) @JsonDeserialize(using = CleanText.class) String title,
            LocalDate startsOn,
            LocalDate endsOn,
            @Size(max = 20) List<@NotBlank @Size(max = 200) String> partners,
            @Size(max = 50) List<@NotNull @Valid Event> events) {
    }

    public record ProductRef(long id, String name) {
    }

    public record Participant(long firmId, String tradeName, String tradeNameKana, List<ProductRef> products) {
    }

    public record ContactRef(long id, String name) {
    }

    public record InvitedBuyer(long buyerCompanyId, String name, List<ContactRef> contacts) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Detail(long id, ProgramCode program, int fiscalYear, String title, LocalDate startsOn, LocalDate endsOn,
                         ProjectState state, List<String> partners, List<Event> events, List<Participant> participants,
                         List<InvitedBuyer> invitations, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Summary(long id, ProgramCode program, int fiscalYear, String title, LocalDate startsOn, LocalDate endsOn,
                          ProjectState state, long participantCount, long invitationCount, long version, OffsetDateTime updatedAt) {
    }

    public record StateChange(@NotNull ProjectState state) {
    }

    public record ParticipationInput(
                                     @NotNull @Size(max = 100) List<@NotNull Long> productIds) {
    }

    public record InvitationInput(
                                  @NotNull @Size(max = 100) List<@NotNull Long> contactIds) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Exhibitor(long firmId, String tradeName, String tradeNameKana, String industryCode, String address,
                            List<ProductDto> products) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CatalogueProject(long id, ProgramCode program, int fiscalYear, String title, LocalDate startsOn,
                                   LocalDate endsOn, ProjectState state, List<Event> events, List<Exhibitor> exhibitors) {
    }
}
