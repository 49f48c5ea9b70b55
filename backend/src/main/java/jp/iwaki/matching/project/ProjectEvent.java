package jp.iwaki.matching.project;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** A trade meeting (商談会) of a project. */
@Embeddable
public class ProjectEvent {
    @Column(name = "held_on")
    public LocalDate heldOn;

    public String venue;

    public Integer capacity;

    /** One line a meeting, in date order: 2025-06-12 いわき産業創造館（30）. */
    static String describe(List<ProjectEvent> events) {
        return events.stream().sorted(Comparator.comparing((ProjectEvent e) -> e.heldOn))
                .map(e -> e.heldOn + " " + e.venue + (e.capacity == null ? "" : "（" + e.capacity + "）"))
                .collect(Collectors.joining("\n"));
    }
}
