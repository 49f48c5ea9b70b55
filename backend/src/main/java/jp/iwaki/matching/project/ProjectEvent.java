package jp.iwaki.matching.project;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A trade meeting (商談会) of a project. */
@Embeddable
public class ProjectEvent {
    @Column(name = "held_on")
    public LocalDate heldOn;

    public String venue;

    public Integer capacity;
}
