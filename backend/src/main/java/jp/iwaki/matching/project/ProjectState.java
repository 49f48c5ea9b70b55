package jp.iwaki.matching.project;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** planning → open → closed; a closed project is read-only. */
@Schema(name = "ProjectState")
public enum ProjectState {
    PLANNING, OPEN, CLOSED;

    boolean mayBecome(ProjectState next) {
        return next.ordinal() == ordinal() + 1;
    }
}
