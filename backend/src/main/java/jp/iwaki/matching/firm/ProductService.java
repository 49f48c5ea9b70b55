package jp.iwaki.matching.firm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.iwaki.matching.audit.AuditAction;
import jp.iwaki.matching.audit.AuditTrail;
import jp.iwaki.matching.audit.FieldChange;
import jp.iwaki.matching.common.ApiException;
import jp.iwaki.matching.common.Editable;
import jp.iwaki.matching.common.FieldError;
import jp.iwaki.matching.common.IwakiConfig;
import jp.iwaki.matching.common.ListQuery;
import jp.iwaki.matching.common.Page;
import jp.iwaki.matching.common.Paging;
import jp.iwaki.matching.common.ProblemType;
import jp.iwaki.matching.common.Sorting;
import jp.iwaki.matching.common.Spreadsheet;
import jp.iwaki.matching.security.CurrentUser;
import jp.iwaki.matching.security.Ownership;

/** Products of a firm. Who may change a firm may change its products. */
@ApplicationScoped
public class ProductService {
    private static final FieldError NOT_YOURS = new FieldError("firm", "firm.advisor.notYours", "This firm is not assigned to you");

    private final FirmMapper mapper;
    private final AuditTrail audit;
    private final Ownership ownership;
    private final IwakiConfig config;
    private final long maxPhotoBytes;

    ProductService(FirmMapper mapper, AuditTrail audit, Ownership ownership, IwakiConfig config) {
        this.mapper = mapper;
        this.audit = audit;
        this.ownership = ownership;
        this.config = config;
        this.maxPhotoBytes = config.limits().photoBody().asLongValue();
    }

    /** A photo as stored: its bytes, media type and content hash (the ETag). */
    public record Photo(byte[] data, String mediaType, String sha256) {
        /** The photo with its type, a content-hash ETag and a day of private caching; 304 when unchanged. */
        public jakarta.ws.rs.core.Response response(String ifNoneMatch) {
            String etag = "\"" + sha256 + "\"";
            jakarta.ws.rs.core.CacheControl cache = new jakarta.ws.rs.core.CacheControl();
            cache.setPrivate(true);
            cache.setMaxAge(86_400);
            if (etag.equals(ifNoneMatch)) {
                return jakarta.ws.rs.core.Response.notModified().header("ETag", etag).cacheControl(cache).build();
            }
            return jakarta.ws.rs.core.Response.ok(data, mediaType).header("ETag", etag).cacheControl(cache).build();
        }
    }

    private static final Sorting SORTS = Sorting.defaultingTo("nameKana")
            .by("nameKana", "nameKana")
            .byNullsLast("priceYen", "priceYen")
            .by("updatedAt", "updatedAt");

    static final List<String> EXPORT_HEADERS = List.of("商品ID", "商号", "法人番号", "郵便番号", "商品名", "フリガナ", "カテゴリ", "説明",
            "価格", "税込", "内容量", "賞味期限", "包装", "最低ロット", "写真", "更新日時");

    /** Every firm's active products, one page at a time. */
    @Transactional
    public Page<ProductListItem> list(ProductQuery query, Paging paging) {
        return query(query).page(paging, mapper::toListItem);
    }

    /** Every product the query matches, in the columns the product import reads back. */
    @Transactional
    public Spreadsheet.Rows export(ProductQuery query) {
        return query(query).export(config.limits().exportRows(), products -> products.stream().map(p -> Arrays.<Object>asList(
                p.id, p.firm.tradeName, p.firm.corporateNumber, p.firm.postalCode, p.name, p.nameKana, p.category, p.description,
                p.priceYen, p.taxIncluded ? "税込" : "税抜", p.contentVolume, p.shelfLife, p.packaging, p.minimumLot,
                p.photoContentType == null ? "" : "あり", Spreadsheet.dateTime(p.updatedAt))).toList());
    }

    private static ListQuery<Product> query(ProductQuery query) {
        return ListQuery.of(Product.class, SORTS, query.sort())
                .where("archivedAt is null")
                // Not a join on every firm: archived firms are few (V10's index holds just them).
                .where("firm.id not in (select f.id from Firm f where f.archivedAt is not null)")
                .search("searchKey", query.q())
                .where("firm.id = :firm", "firm", query.firmId())
                .when(Boolean.TRUE.equals(query.hasPhoto()), "photoContentType is not null")
                .when(Boolean.FALSE.equals(query.hasPhoto()), "photoContentType is null");
    }

    /**
     * What saving the input over the product would change, for an import's preview; the product
     * stays as it is. Fields are named as in ProductInput (the row is the product).
     */
    public List<FieldChange> changes(Product product, ProductInput input) {
        Product draft = new Product();
        draft.id = product.id;
        mapper.apply(input, draft);
        draft.nameKana = Objects.requireNonNullElse(draft.nameKana, "");
        String prefix = "products[" + product.id + "].";
        return AuditTrail.changes(product.auditSnapshot(), draft.auditSnapshot()).stream()
                .map(c -> new FieldChange(c.field().substring(prefix.length()), c.from(), c.to())).toList();
    }

    @Transactional
    public List<ProductDto> ofFirm(long firmId) {
        if (Firm.findById(firmId) == null) {
            throw ApiException.notFound("Firm " + firmId);
        }
        return Product.ofFirm(firmId).stream().map(mapper::toDto).toList();
    }

    @Transactional
    public ProductDto find(long id) {
        return mapper.toDto(product(id));
    }

    @Transactional
    public ProductDto create(long firmId, ProductInput input, CurrentUser actor) {
        Firm firm = FirmService.firm(firmId);
        ownership.requireMayChange(firm.advisorSubject, NOT_YOURS);
        // An archived firm is read-only, its products included: none is added either.
        firm.readOnlyReason().ifPresent(reason -> {
            throw reason;
        });
        Product product = new Product();
        product.firm = firm;
        mapper.apply(input, product);
        product.nameKana = Objects.requireNonNullElse(product.nameKana, "");
        product.createdAt = product.updatedAt = Instant.now();
        product.createdBy = product.updatedBy = actor.subject();
        product.persist();
        audit.record(product, AuditAction.UPDATE, actor, AuditTrail.changes(Map.of(), product.auditSnapshot()));
        return mapper.toDto(product);
    }

    @Transactional
    public ProductDto update(long id, long expectedVersion, ProductInput input, CurrentUser actor) {
        Product product = changeable(id, expectedVersion);
        audit.change(product, actor, p -> {
            mapper.apply(input, p);
            p.nameKana = Objects.requireNonNullElse(p.nameKana, "");
        });
        // Flush here so that a concurrent update surfaces as a stale version (412) now.
        Product.flush();
        return mapper.toDto(product);
    }

    /** Stores a JPEG, PNG or WebP photo; the type is read from the bytes, not from a name or header. */
    @Transactional
    public ProductDto replacePhoto(long id, long expectedVersion, byte[] data, CurrentUser actor) {
        if (data == null || data.length == 0) {
            throw ApiException.invalid(List.of(new FieldError("photo", "product.photo.empty", "The photo is empty")));
        }
        if (data.length > maxPhotoBytes) {
            throw new ApiException(ProblemType.PAYLOAD_TOO_LARGE, "A photo may not exceed " + maxPhotoBytes + " bytes",
                    List.of(new FieldError("photo", "product.photo.tooLarge", "The photo is too large",
                            java.util.Map.of("max", maxPhotoBytes))));
        }
        ImageType type = ImageType.sniff(data).orElseThrow(() -> new ApiException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                "A photo must be a JPEG, PNG or WebP image",
                List.of(new FieldError("photo", "product.photo.type", "The file is not a JPEG, PNG or WebP image"))));
        Product product = changeable(id, expectedVersion);
        String previous = product.photoSha256;
        product.photo = data;
        product.photoContentType = type.mediaType;
        product.photoSha256 = sha256(data);
        audit.changed(product, actor, List.of(new FieldChange("products[" + product.id + "].photo", previous, product.photoSha256)));
        Product.flush();
        return mapper.toDto(product);
    }

    @Transactional
    public Photo photo(long id) {
        Product product = product(id);
        if (product.photoContentType == null) {
            throw ApiException.notFound("Photo of product " + id);
        }
        return new Photo(product.photo, product.photoContentType, product.photoSha256);
    }

    private static Product product(long id) {
        return Product.<Product>findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Product " + id));
    }

    /** Who may change the firm may change its products, from the version the client read, while the firm is not archived. */
    private Product changeable(long id, long expectedVersion) {
        Product product = product(id);
        ownership.requireMayChange(product.firm.advisorSubject, NOT_YOURS);
        return Editable.requireEditable(product, expectedVersion);
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
