package jp.iwaki.matching.buyer;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

@Mapper
public interface BuyerMapper {
    @Mapping(target = "archived", expression = "java(company.isArchived())")
    BuyerCompanyDto toDto(BuyerCompany company);

    @Mapping(target = "buyerCompanyId", source = "company.id")
    @Mapping(target = "hasLogin", expression = "java(contact.loginSubject != null)")
    BuyerContactDto toDto(BuyerContact contact);

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "archivedAt", ignore = true)
    @Mapping(target = "version", ignore = true)
    @Mapping(target = "createdAt", ignore = true)
    @Mapping(target = "createdBy", ignore = true)
    @Mapping(target = "updatedAt", ignore = true)
    @Mapping(target = "updatedBy", ignore = true)
    void apply(BuyerCompanyInput input, @MappingTarget BuyerCompany company);

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "company", ignore = true)
    @Mapping(target = "loginSubject", ignore = true)
    @Mapping(target = "version", ignore = true)
    @Mapping(target = "createdAt", ignore = true)
    @Mapping(target = "updatedAt", ignore = true)
    @Mapping(target = "preferredLanguage", ignore = true)
    void apply(BuyerContactInput input, @MappingTarget BuyerContact contact);

    /** A contact's language changes only when the client names one. */
    @org.mapstruct.AfterMapping
    default void applyLanguage(BuyerContactInput input, @MappingTarget BuyerContact contact) {
        if (input.preferredLanguage() != null) {
            contact.preferredLanguage = input.preferredLanguage();
        }
    }

    default OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
