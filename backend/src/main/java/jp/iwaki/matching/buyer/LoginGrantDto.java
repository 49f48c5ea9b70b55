package jp.iwaki.matching.buyer;


/** Shown once: the new login of a contact and its temporary password. */
public record LoginGrantDto(
        String username,
        String temporaryPassword,
        BuyerContactDto contact) {
}
