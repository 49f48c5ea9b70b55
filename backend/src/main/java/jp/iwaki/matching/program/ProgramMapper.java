package jp.iwaki.matching.program;

import java.util.List;
import java.util.Map;
import org.mapstruct.Mapper;

@Mapper
public interface ProgramMapper {
    ProgramDto toDto(Program program);

    ProgramTargetDto toDto(ProgramTarget target);

    default List<YearlyTarget> yearly(Map<Integer, Integer> byFiscalYear) {
        return byFiscalYear.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new YearlyTarget(e.getKey(), e.getValue()))
                .toList();
    }
}
