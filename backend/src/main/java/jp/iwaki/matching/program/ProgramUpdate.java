package jp.iwaki.matching.program;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What an admin may change of a program: its texts and its targets, not its code or metrics. */
public record ProgramUpdate(
        @NotBlank @Size(min = 1, max = 100) String nameJa,
        @NotBlank @Size(min = 1, max = 100) String nameEn,
        @NotNull @Size(max = 2000) String descriptionJa,
        @NotNull @Size(max = 2000) String descriptionEn,
        @NotNull List<@NotNull @Valid ProgramTargetUpdate> targets) {
}
