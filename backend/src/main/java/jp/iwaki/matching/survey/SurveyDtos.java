package jp.iwaki.matching.survey;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import jp.iwaki.matching.buyer.BuyerType;
import jp.iwaki.matching.buyer.Region;
import jp.iwaki.matching.common.CleanText;
import jp.iwaki.matching.program.ProgramCode;

/** The shapes the survey area travels in (openapi.yaml, tag surveys); entities never leave the API. */
public final class SurveyDtos {
    private SurveyDtos() {
    }

    // --- templates ---

    public record TemplateCreate(@NotNull ProgramCode program, @NotNull @Valid LocalizedText name, @NotNull @Valid SurveyContent content) {
    }

    public record TemplateUpdate(@NotNull @Valid LocalizedText name, @NotNull @Valid SurveyContent content) {
    }

    public record TemplateVersionSummary(long id, int number, OffsetDateTime createdAt, long surveyCount, long responseCount) {
    }

    public record TemplateVersion(long id, long templateId, ProgramCode program, int number, SurveyContent content,
            OffsetDateTime createdAt, long surveyCount, long responseCount) {
    }

    public record Template(long id, ProgramCode program, LocalizedText name, boolean shipped, TemplateVersion currentVersion,
            List<TemplateVersionSummary> versions, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    }

    public record TemplateSummary(long id, ProgramCode program, LocalizedText name, boolean shipped, long currentVersionId,
            int currentVersionNumber, int versionCount, OffsetDateTime updatedAt) {
    }

    // --- surveys ---

    public record SurveyInput(
            @NotNull Long projectId,
            @NotNull Long templateVersionId,
            @NotBlank @Size(max = 200) @JsonDeserialize(using = CleanText.class) String title,
            @NotNull LocalDate opensOn,
            @NotNull LocalDate closesOn) {
    }

    public record SurveyUpdate(
            @NotNull Long templateVersionId,
            @NotBlank @Size(max = 200) @JsonDeserialize(using = CleanText.class) String title,
            @NotNull LocalDate opensOn,
            @NotNull LocalDate closesOn) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SurveyDto(long id, long projectId, String projectTitle, ProgramCode program, int fiscalYear, String title,
            LocalDate opensOn, LocalDate closesOn, SurveyState state, long templateId, LocalizedText templateName,
            long templateVersionId, int templateVersionNumber, long invitationCount, long submittedCount, double responseRate,
            OffsetDateTime linksExpireAt, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    }

    // --- invitations and mails ---

    public record PersonRef(String subject, String name) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Mail(long id, SurveyMail.Kind kind, String to, Language language, SurveyMail.Status status,
            OffsetDateTime attemptedAt, String error, PersonRef sentBy) {
    }

    public record MailFailure(SurveyMail.Kind kind, OffsetDateTime at, String error) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record InvitationResponse(ResponseStatus status, OffsetDateTime submittedAt, int submissionCount,
            ResponseChannel channel, PersonRef proxyEnteredBy) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Invitation(long id, long surveyId, long contactId, String contactName, String contactEmail, long buyerCompanyId,
            String buyerCompanyName, Language language, InvitationStatus status, boolean revoked, OffsetDateTime revokedAt,
            OffsetDateTime sentAt, OffsetDateTime lastReminderAt, OffsetDateTime openedAt, MailFailure lastFailure,
            int activeLinks, InvitationResponse response, List<Mail> mails) {
    }

    public record InvitationIssue(@Size(max = 500) List<@NotNull Long> contactIds) {
    }

    public record IssuedInvitations(List<Invitation> created, int alreadyInvited) {
    }

    public enum SkipReason { ALREADY_SENT, NOT_SENT, SUBMITTED, REVOKED, NO_EMAIL, REMINDED_WITHIN_DAY }

    public record MailReport(List<Long> sent, List<Failed> failed, List<Skipped> skipped) {
        public record Failed(long invitationId, String error) {
        }

        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Skipped(long invitationId, SkipReason reason, OffsetDateTime lastReminderAt) {
        }
    }

    public record SheetRequest(@NotNull @Size(min = 1, max = 500) List<@NotNull Long> invitationIds) {
    }

    public record InvitationSheet(long invitationId, String url, String token, OffsetDateTime expiresAt, String contactName,
            String buyerCompanyName, Language language, String surveyTitle, String projectTitle, LocalDate closesOn) {
    }

    // --- answering ---

    public record AnswersInput(@NotNull @Size(max = 500) Map<String, Answer> answers) {
    }

    public enum ResponseStatus { NONE, DRAFT, SUBMITTED }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ResponseState(ResponseStatus status, long version, OffsetDateTime savedAt, OffsetDateTime submittedAt,
            int submissionCount, boolean pendingChanges, boolean editable, PersonRef proxyEnteredBy, OffsetDateTime proxyEnteredAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FormProduct(long id, String name, long firmId, String firmTradeName, String category, String contentVolume,
            Integer priceYen, boolean taxIncluded) {
    }

    public record Form(long invitationId, long surveyId, String surveyTitle, String projectTitle, ProgramCode program,
            LocalDate opensOn, LocalDate closesOn, SurveyState state, String buyerCompanyName, String contactName,
            Language language, long templateVersionId, int templateVersionNumber, SurveyContent content,
            List<FormProduct> products, ResponseState response, Map<String, Answer> answers) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Submission(int number, OffsetDateTime submittedAt, ResponseChannel channel, PersonRef enteredBy,
            long templateVersionId, Map<String, Answer> answers) {
    }

    public record MySurveyInvitation(long id, long surveyId, String surveyTitle, String projectTitle, ProgramCode program,
            LocalDate opensOn, LocalDate closesOn, SurveyState state, InvitationResponse response) {
    }

    // --- analysis and reports ---

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CriterionMeans(Double design, Double taste, Double price, Double contentVolume,
            @JsonProperty("package") Double packaging) {
    }

    public record DistributionEntry(String value, long count) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuestionAnalysis(String key, QuestionType type, LocalizedText text, long count, Double mean, Double min,
            Double max, List<DistributionEntry> distribution, List<String> texts) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProductAnalysis(long productId, String productName, long firmId, String firmTradeName, String category,
            long ratingCount, CriterionMeans means, long wantToNegotiate, List<String> comments) {
    }

    public record FirmAnalysis(long firmId, String firmTradeName, long ratingCount, CriterionMeans means, long wantToNegotiate) {
    }

    public record Analysis(long surveyId, long invited, long submitted, long drafts, double responseRate,
            List<QuestionAnalysis> questions, long ratingCount, CriterionMeans surveyMeans, List<ProductAnalysis> products,
            List<FirmAnalysis> firms) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BuyerDescription(boolean named, String companyName, BuyerType buyerType, Region region) {
    }

    public record NegotiationWish(long productId, String productName, BuyerDescription buyer) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FeedbackProduct(long productId, String name, String category, long ratingCount, CriterionMeans means,
            long wantToNegotiate, List<String> comments) {
    }

    public record FirmFeedbackReport(long surveyId, String surveyTitle, String projectTitle, ProgramCode program, int fiscalYear,
            LocalDate closesOn, long firmId, String firmTradeName, long respondents, long surveyRatingCount,
            CriterionMeans surveyMeans, List<FeedbackProduct> products, List<NegotiationWish> negotiationWishes,
            OffsetDateTime generatedAt) {
    }

    public record GroupCount(String value, long count) {
    }

    public record CategoryMeans(String category, long ratingCount, CriterionMeans means) {
    }

    public record AggregateReport(String surveyTitle, String projectTitle, ProgramCode program, int fiscalYear, long invited,
            long submitted, double responseRate, List<GroupCount> respondentsByType, List<GroupCount> respondentsByRegion,
            List<QuestionAnalysis> questions, long ratingCount, CriterionMeans surveyMeans, List<CategoryMeans> categories,
            long wantToNegotiate, OffsetDateTime generatedAt) {
    }

    public record ProductRef(long id, String name) {
    }

    public record ContactRef(long id, String name) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record IntroductionCandidate(long surveyId, String surveyTitle, long projectId, String projectTitle, long firmId,
            String firmTradeName, PersonRef advisor, long buyerCompanyId, String buyerCompanyName, BuyerType buyerType,
            Region region, List<ProductRef> products, List<ContactRef> contacts, OffsetDateTime markedAt) {
    }
}
