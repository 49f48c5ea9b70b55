package jp.iwaki.matching.project;


/** planning → open → closed; a closed project is read-only. */
public enum ProjectState {
    PLANNING, OPEN, CLOSED;

    boolean mayBecome(ProjectState next) {
        return next.ordinal() == ordinal() + 1;
    }
}
