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
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The shapes projects travel in; entities never leave the API. */
public final class ProjectDtos {
    private ProjectDtos() {
    }

    @Schema(name = "ProjectEvent", requiredProperties = {"heldOn", "venue"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Event(
            @NotNull LocalDate heldOn,
            @NotBlank @Size(max = 200) @JsonDeserialize(using = CleanText.class) String venue,
            @Min(0) @Max(100000) Integer capacity) {
    }

    @Schema(name = "ProjectInput", additionalProperties = Schema.False.class,
            description = "What a client may set of a project; participants and invitations have their own endpoints.")
    public record Input(
            @NotNull ProgramCode program,
            @Schema(description = "Fiscal year by its starting calendar year (2025 = 令和7年度)") @NotNull @Min(2000) @Max(2100) Integer fiscalYear,
            @NotBlank @Size(max = 200) @JsonDeserialize(using = CleanText.class) String title,
            LocalDate startsOn,
            LocalDate endsOn,
            @Schema(description = "Partner organisations, e.g. いわき観光まちづくりビューロー")
            @Size(max = 20) List<@NotBlank @Size(max = 200) String> partners,
            @Size(max = 50) List<@NotNull @Valid Event> events) {
    }

    @Schema(name = "ProductRef", requiredProperties = {"id", "name"})
    public record ProductRef(long id, String name) {
    }

    @Schema(name = "Participant", requiredProperties = {"firmId", "tradeName", "tradeNameKana", "products"})
    public record Participant(long firmId, String tradeName, String tradeNameKana, List<ProductRef> products) {
    }

    @Schema(name = "ContactRef", requiredProperties = {"id", "name"})
    public record ContactRef(long id, String name) {
    }

    @Schema(name = "InvitedBuyer", requiredProperties = {"buyerCompanyId", "name", "contacts"})
    public record InvitedBuyer(long buyerCompanyId, String name, List<ContactRef> contacts) {
    }

    @Schema(name = "Project", requiredProperties = {"id", "program", "fiscalYear", "title", "state", "partners", "events",
            "participants", "invitations", "version", "createdAt", "updatedAt"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Detail(long id, ProgramCode program, int fiscalYear, String title, LocalDate startsOn, LocalDate endsOn,
                         ProjectState state, List<String> partners, List<Event> events, List<Participant> participants,
                         List<InvitedBuyer> invitations, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    }

    @Schema(name = "ProjectSummary", requiredProperties = {"id", "program", "fiscalYear", "title", "state",
            "participantCount", "invitationCount", "version", "updatedAt"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Summary(long id, ProgramCode program, int fiscalYear, String title, LocalDate startsOn, LocalDate endsOn,
                          ProjectState state, long participantCount, long invitationCount, long version, OffsetDateTime updatedAt) {
    }

    @Schema(name = "ProjectPage", requiredProperties = {"items", "page", "size", "total"})
    public record Page(List<Summary> items, int page, int size, long total) {
    }

    @Schema(name = "ProjectStateChange", additionalProperties = Schema.False.class)
    public record StateChange(@NotNull ProjectState state) {
    }

    @Schema(name = "ParticipationInput", additionalProperties = Schema.False.class)
    public record ParticipationInput(@Schema(description = "The firm's products it brings to this project")
                                     @NotNull @Size(max = 100) List<@NotNull Long> productIds) {
    }

    @Schema(name = "InvitationInput", additionalProperties = Schema.False.class)
    public record InvitationInput(@Schema(description = "The company's contacts who are expected")
                                  @NotNull @Size(max = 100) List<@NotNull Long> contactIds) {
    }

    @Schema(name = "Exhibitor", requiredProperties = {"firmId", "tradeName", "tradeNameKana", "industryCode", "products"},
            description = "What a buyer sees of a participating firm: its published fields only.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Exhibitor(long firmId, String tradeName, String tradeNameKana, String industryCode, String address,
                            List<ProductDto> products) {
    }

    @Schema(name = "CatalogueProject", requiredProperties = {"id", "program", "fiscalYear", "title", "state", "events", "exhibitors"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CatalogueProject(long id, ProgramCode program, int fiscalYear, String title, LocalDate startsOn,
                                   LocalDate endsOn, ProjectState state, List<Event> events, List<Exhibitor> exhibitors) {
    }
}
