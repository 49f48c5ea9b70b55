package jp.iwaki.matching.negotiation;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import jp.iwaki.matching.project.ProjectDtos.ProductRef;

/** The shapes of the meeting timetable. Times of day are HH:mm in Japan. */
public final class TimetableDtos {
    static final String CLOCK_TIME = "^([01][0-9]|2[0-3]):[0-5][0-9]$";

    private TimetableDtos() {
    }

    public record Settings(
            @NotNull LocalDate heldOn,
            @NotNull @Pattern(regexp = CLOCK_TIME, message = "{timetable.time.format}") String startTime,
            @NotNull @Pattern(regexp = CLOCK_TIME, message = "{timetable.time.format}") String endTime,
            @NotNull @Min(5) @Max(240) Integer slotMinutes,
            @Min(0) @Max(120) Integer gapMinutes) {
    }

    public record Slot(int index, String startTime, String endTime) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Meeting(long id, int slot, String startTime, String endTime, long buyerCompanyId, String buyerCompanyName,
                          long firmId, String firmTradeName, List<ProductRef> products, Long negotiationId) {
    }

    public record Unscheduled(long buyerCompanyId, String buyerCompanyName, long firmId, String firmTradeName,
                              List<ProductRef> products) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TimetableDto(long projectId, String projectTitle, LocalDate heldOn, String venue, String startTime,
                               String endTime, int slotMinutes, int gapMinutes, Timetable.State state, OffsetDateTime publishedAt,
                               List<Slot> slots, List<Meeting> meetings, List<Unscheduled> unscheduled, long version,
                               OffsetDateTime updatedAt) {
    }

    public record MeetingInput(@NotNull Long buyerCompanyId, @NotNull Long firmId, @NotNull @Min(0) Integer slot) {
    }

    public record MeetingMove(@NotNull @Min(0) Integer slot) {
    }

    public record BuyerMeeting(int slot, String startTime, String endTime, long firmId, String firmTradeName,
                               List<ProductRef> products) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BuyerTimetable(long projectId, String projectTitle, LocalDate heldOn, String venue, long buyerCompanyId,
                                 String buyerCompanyName, List<BuyerMeeting> meetings) {
    }

    public record FirmMeeting(int slot, String startTime, String endTime, long buyerCompanyId, String buyerCompanyName,
                              List<ProductRef> products) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FirmTimetable(long projectId, String projectTitle, LocalDate heldOn, String venue, long firmId,
                                String firmTradeName, Timetable.State state, List<FirmMeeting> meetings) {
    }
}
