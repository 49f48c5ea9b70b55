package jp.iwaki.matching.firm;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

@Mapper
public interface FirmMapper {
    @Mapping(target = "archived", expression = "java(firm.isArchived())")
    @Mapping(target = "advisor", expression = "java(advisorOf(firm))")
    FirmDto toDto(Firm firm);

    IndustryDto toDto(Industry industry);

    /** Copies what a client may set; identity, version, audit and search columns stay. */
    @Mapping(target = "advisorSubject", source = "advisor.subject")
    @Mapping(target = "advisorName", source = "advisor.name")
    @Mapping(target = "id", ignore = true)
    @Mapping(target = "archivedAt", ignore = true)
    @Mapping(target = "version", ignore = true)
    @Mapping(target = "createdAt", ignore = true)
    @Mapping(target = "createdBy", ignore = true)
    @Mapping(target = "updatedAt", ignore = true)
    @Mapping(target = "updatedBy", ignore = true)
    void apply(FirmInput input, @MappingTarget Firm firm);

    @Mapping(target = "firmId", source = "firm.id")
    @Mapping(target = "hasPhoto", expression = "java(product.photoContentType != null)")
    ProductDto toDto(Product product);

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "firm", ignore = true)
    @Mapping(target = "photo", ignore = true)
    @Mapping(target = "photoContentType", ignore = true)
    @Mapping(target = "photoSha256", ignore = true)
    @Mapping(target = "archivedAt", ignore = true)
    @Mapping(target = "version", ignore = true)
    @Mapping(target = "createdAt", ignore = true)
    @Mapping(target = "createdBy", ignore = true)
    @Mapping(target = "updatedAt", ignore = true)
    @Mapping(target = "updatedBy", ignore = true)
    void apply(ProductInput input, @MappingTarget Product product);

    default Advisor advisorOf(Firm firm) {
        return firm.advisorSubject == null ? null : new Advisor(firm.advisorSubject, firm.advisorName);
    }

    default OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
