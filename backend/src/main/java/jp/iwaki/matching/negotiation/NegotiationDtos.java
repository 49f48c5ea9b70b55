package jp.iwaki.matching.negotiation;

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
import jp.iwaki.matching.audit.FieldChange;
import jp.iwaki.matching.common.CleanText;
import jp.iwaki.matching.program.ProgramCode;
import jp.iwaki.matching.project.ProjectDtos.ContactRef;
import jp.iwaki.matching.project.ProjectDtos.ProductRef;

/** The shapes negotiations travel in; entities never leave the API. */
public final class NegotiationDtos {
    private NegotiationDtos() {
    }

    /** A staff member as recorded at the time. */
    public record PersonRef(String subject, String name) {
        static PersonRef of(String subject, String name) {
            return subject == null ? null : new PersonRef(subject, name);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Summary(long id, long projectId, String projectTitle, ProgramCode program, int fiscalYear, long firmId,
                          String firmTradeName, long buyerCompanyId, String buyerCompanyName, NegotiationStage stage,
                          NegotiationSource source, PersonRef advisor, LocalDate introducedOn, OffsetDateTime meetingAt,
                          String nextAction, LocalDate nextActionOn, LocalDate dealOn, Long dealAmountYen,
                          boolean newTradingPartner, List<NegotiationStage> allowedMoves, OffsetDateTime stageChangedAt,
                          OffsetDateTime updatedAt, long version) {
    }

    /** When the next action is due, in Japan time. */
    public enum Due {
        OVERDUE, TODAY, UPCOMING, NONE
    }

    public record MyNegotiation(Summary negotiation, Due due) {
    }

    public record Board(List<Column> columns) {
    }

    public record Column(NegotiationStage stage, long total, List<Summary> items) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Deal(LocalDate on, Long amountYen, List<ProductRef> products) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Event(long id, EventKind kind, NegotiationStage from, NegotiationStage to, OffsetDateTime at,
                        PersonRef actor, String note, String reason, LocalDate dealOn, Long dealAmountYen,
                        PersonRef fromAdvisor, PersonRef toAdvisor, List<FieldChange> changes) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FollowUpDto(long id, LocalDate heldOn, FollowUpChannel channel, String note, String nextAction,
                              LocalDate nextActionOn, OffsetDateTime recordedAt, PersonRef recordedBy) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Detail(long id, long projectId, String projectTitle, ProgramCode program, int fiscalYear, long firmId,
                         String firmTradeName, long buyerCompanyId, String buyerCompanyName, ContactRef buyerContact,
                         NegotiationStage stage, NegotiationSource source, PersonRef advisor, LocalDate introducedOn,
                         PersonRef introducedBy, OffsetDateTime meetingAt, String meetingPlace, String interest,
                         List<ProductRef> products, String nextAction, LocalDate nextActionOn, Deal deal,
                         String closedReason, boolean newTradingPartner, List<NegotiationStage> allowedMoves,
                         NegotiationStage reopenTo, boolean mayChange, List<Event> history, List<FollowUpDto> followUps,
                         OffsetDateTime stageChangedAt, OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) {
    }

    public record Input(
            @NotNull Long projectId,
            @NotNull Long firmId,
            @NotNull Long buyerCompanyId,
            Long buyerContactId,
            @Size(max = 100) String advisorSubject,
            LocalDate introducedOn,
            @Size(max = 2000) @JsonDeserialize(using = CleanText.Lines.class) String interest,
            @Size(max = 100) List<@NotNull Long> productIds,
            @Size(max = 2000) @JsonDeserialize(using = CleanText.Lines.class) String note) {
    }

    public record DealInput(
            @NotNull LocalDate on,
            @Min(0) @Max(1_000_000_000_000L) Long amountYen,
            @Size(max = 100) List<@NotNull Long> productIds) {
    }

    public record Update(
            Long buyerContactId,
            OffsetDateTime meetingAt,
            @Size(max = 200) @JsonDeserialize(using = CleanText.class) String meetingPlace,
            @Size(max = 2000) @JsonDeserialize(using = CleanText.Lines.class) String interest,
            @NotNull @Size(max = 100) List<@NotNull Long> productIds,
            @Valid DealInput deal,
            @Size(max = 2000) @JsonDeserialize(using = CleanText.Lines.class) String note) {
    }

    public record Move(
            @NotNull NegotiationStage to,
            @Size(max = 2000) @JsonDeserialize(using = CleanText.Lines.class) String note,
            @Size(max = 500) @JsonDeserialize(using = CleanText.Lines.class) String reason,
            @Valid DealInput deal,
            OffsetDateTime meetingAt,
            @Size(max = 200) @JsonDeserialize(using = CleanText.class) String meetingPlace) {
    }

    public record Reopen(@NotBlank @Size(max = 500) @JsonDeserialize(using = CleanText.Lines.class) String reason) {
    }

    public record TakeOver(
            @NotBlank @Size(max = 500) @JsonDeserialize(using = CleanText.Lines.class) String reason,
            @Size(max = 100) String advisorSubject) {
    }

    public record FollowUpInput(
            @NotNull LocalDate heldOn,
            @NotNull FollowUpChannel channel,
            @NotBlank @Size(max = 4000) @JsonDeserialize(using = CleanText.Lines.class) String note,
            @Size(max = 200) @JsonDeserialize(using = CleanText.class) String nextAction,
            LocalDate nextActionOn) {
    }
}
