package jp.iwaki.matching.negotiation;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * An iCalendar (.ics) file for Outlook or Google Calendar. Times are written in UTC, so that no
 * time zone definition is needed; all-day entries are dates. UIDs are stable, so importing the
 * file again updates the entries instead of adding them twice.
 */
final class CalendarFile {
    static final String MEDIA_TYPE = "text/calendar";

    /** One entry: timed (start and end are instants) or all day (start is a date, end null). */
    record Entry(String uid, Temporal start, Temporal end, String summary, String location, String description) {
        static Entry timed(String uid, Instant start, Instant end, String summary, String location, String description) {
            return new Entry(uid, start, end, summary, location, description);
        }

        static Entry allDay(String uid, LocalDate day, String summary, String description) {
            return new Entry(uid, day, day.plusDays(1), summary, null, description);
        }
    }

    private CalendarFile() {
    }

    static String write(List<Entry> entries) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Iwaki Chamber of Commerce//Iwaki Matching//JA"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        Instant stamp = Instant.now();
        for (Entry entry : entries) {
            VEvent event = new VEvent(entry.start(), entry.end(), entry.summary());
            event.add(new Uid(entry.uid() + "@iwaki-matching"));
            event.add(new DtStamp(stamp));
            if (entry.location() != null) {
                event.add(new Location(entry.location()));
            }
            if (entry.description() != null) {
                event.add(new Description(entry.description()));
            }
            calendar.add((CalendarComponent) event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("An invalid calendar was built", e);
        }
        return out.toString();
    }

    static Response download(String fileName, List<Entry> entries) {
        return Response.ok(write(entries), MEDIA_TYPE + "; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }
}
