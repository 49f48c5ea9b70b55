package jp.iwaki.matching.firm;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import jp.iwaki.matching.advisor.Advisor;
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
    // The service assigns the advisor, whose name comes from Keycloak, not from the client.
    @Mapping(target = "advisorSubject", ignore = true)
    @Mapping(target = "advisorName", ignore = true)
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

    @Mapping(target = "firmId", source = "firm.id")
    @Mapping(target = "firmTradeName", source = "firm.tradeName")
    @Mapping(target = "hasPhoto", expression = "java(product.photoContentType != null)")
    ProductListItem toListItem(Product product);

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
