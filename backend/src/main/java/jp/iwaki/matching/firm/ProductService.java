package jp.iwaki.matching.firm;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.iwaki.matching.audit.AuditAction;
import jp.iwaki.matching.audit.AuditTrail;
import jp.iwaki.matching.audit.FieldChange;
import java.util.List;
import java.util.Objects;
import jp.iwaki.matching.common.ApiException;
import jp.iwaki.matching.common.Etags;
import jp.iwaki.matching.common.FieldError;
import jp.iwaki.matching.common.Spreadsheet;
import jp.iwaki.matching.common.JapaneseText;
import jp.iwaki.matching.common.ProblemType;
import jp.iwaki.matching.security.CurrentUser;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import io.quarkus.runtime.configuration.MemorySize;

/** Products of a firm. Who may change a firm may change its products. */
@ApplicationScoped
public class ProductService {
    private final FirmMapper mapper;
    private final AuditTrail audit;
    private final long maxPhotoBytes;

    ProductService(FirmMapper mapper, AuditTrail audit, @ConfigProperty(name = "iwaki.limits.photo-body") MemorySize maxPhoto) {
        this.mapper = mapper;
        this.audit = audit;
        this.maxPhotoBytes = maxPhoto.asLongValue();
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

    private static final Map<String, Sort> SORTS = Map.of(
            "nameKana", Sort.by("nameKana").and("id"),
            "-nameKana", Sort.by("nameKana", Sort.Direction.Descending).and("id", Sort.Direction.Descending),
            "priceYen", Sort.by("priceYen", Sort.Direction.Ascending, Sort.NullPrecedence.NULLS_LAST).and("id"),
            "-priceYen", Sort.by("priceYen", Sort.Direction.Descending, Sort.NullPrecedence.NULLS_LAST).and("id", Sort.Direction.Descending),
            "updatedAt", Sort.by("updatedAt").and("id"),
            "-updatedAt", Sort.by("updatedAt", Sort.Direction.Descending).and("id", Sort.Direction.Descending));

    static final List<String> EXPORT_HEADERS = List.of("商品ID", "商号", "法人番号", "郵便番号", "商品名", "フリガナ", "カテゴリ", "説明",
            "価格", "税込", "内容量", "賞味期限", "包装", "最低ロット", "写真", "更新日時");

    /** Every firm's active products, one page at a time. */
    @Transactional
    public ProductPage list(ProductQuery query) {
        PanacheQuery<Product> found = query(query);
        long total = found.count();
        List<ProductListItem> items = found.page(query.page(), query.size()).list().stream().map(mapper::toListItem).toList();
        return new ProductPage(items, query.page(), query.size(), total);
    }

    /** Every product the query matches, in the columns the product import reads back. */
    @Transactional
    public List<List<Object>> exportRows(ProductQuery query) {
        return query(query).list().stream().map(p -> Arrays.<Object>asList(p.id, p.firm.tradeName, p.firm.corporateNumber,
                p.firm.postalCode, p.name, p.nameKana, p.category, p.description, p.priceYen, p.taxIncluded ? "税込" : "税抜",
                p.contentVolume, p.shelfLife, p.packaging, p.minimumLot, p.photoContentType == null ? "" : "あり",
                Spreadsheet.dateTime(p.updatedAt))).toList();
    }

    private static PanacheQuery<Product> query(ProductQuery query) {
        Sort sort = SORTS.get(query.sort() == null ? "nameKana" : query.sort());
        if (sort == null) {
            throw ApiException.invalid(List.of(new FieldError("sort", "validation.sort",
                    "Sort by one of " + String.join(", ", SORTS.keySet()))));
        }
        // Not a join on every firm: archived firms are few (V10's index holds just them).
        List<String> where = new ArrayList<>(List.of("archivedAt is null",
                "firm.id not in (select f.id from Firm f where f.archivedAt is not null)"));
        Parameters params = new Parameters();
        String key = JapaneseText.searchKey(query.q());
        if (!key.isEmpty()) {
            where.add("searchKey like :q escape '\\'");
            params.and("q", JapaneseText.containsPattern(key));
        }
        if (query.firmId() != null) {
            where.add("firm.id = :firm");
            params.and("firm", query.firmId());
        }
        if (query.hasPhoto() != null) {
            where.add(query.hasPhoto() ? "photoContentType is not null" : "photoContentType is null");
        }
        return Product.find(String.join(" and ", where), sort, params);
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
        return AuditTrail.changes(snapshot(product), snapshot(draft)).stream()
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
        Firm firm = Firm.<Firm>findByIdOptional(firmId).orElseThrow(() -> ApiException.notFound("Firm " + firmId));
        mayChange(firm, actor);
        refuseArchived(firm);
        Product product = new Product();
        product.firm = firm;
        mapper.apply(input, product);
        product.nameKana = Objects.requireNonNullElse(product.nameKana, "");
        product.createdAt = product.updatedAt = Instant.now();
        product.createdBy = product.updatedBy = actor.subject();
        product.persist();
        // Product changes appear in the firm's history, where people look for them.
        audit.record(FirmService.AUDIT_TYPE, firmId, AuditAction.UPDATE, actor, AuditTrail.changes(Map.of(), snapshot(product)));
        return mapper.toDto(product);
    }

    @Transactional
    public ProductDto update(long id, long expectedVersion, ProductInput input, CurrentUser actor) {
        Product product = changeable(id, expectedVersion, actor);
        Map<String, String> before = snapshot(product);
        mapper.apply(input, product);
        product.nameKana = Objects.requireNonNullElse(product.nameKana, "");
        var changes = AuditTrail.changes(before, snapshot(product));
        if (!changes.isEmpty()) {
            audit.record(FirmService.AUDIT_TYPE, product.firm.id, AuditAction.UPDATE, actor, changes);
        }
        touch(product, actor);
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
        Product product = changeable(id, expectedVersion, actor);
        String previous = product.photoSha256;
        product.photo = data;
        product.photoContentType = type.mediaType;
        product.photoSha256 = sha256(data);
        audit.record(FirmService.AUDIT_TYPE, product.firm.id, AuditAction.UPDATE, actor,
                List.of(new FieldChange("products[" + product.id + "].photo", previous, product.photoSha256)));
        touch(product, actor);
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

    private static Product changeable(long id, long expectedVersion, CurrentUser actor) {
        Product product = product(id);
        mayChange(product.firm, actor);
        if (product.version != expectedVersion) {
            throw Etags.stale();
        }
        refuseArchived(product.firm);
        return product;
    }

    /** An archived firm is read-only, its products included: none is added or changed. */
    private static void refuseArchived(Firm firm) {
        if (firm.isArchived()) {
            throw new ApiException(ProblemType.UNPROCESSABLE, "The firm is archived and can no longer be changed",
                    List.of(new FieldError("archived", "firm.archived", "The firm is archived")));
        }
    }

    private static void mayChange(Firm firm, CurrentUser actor) {
        if (!actor.isCoordinatorOrAdmin() && !firm.isAssignedTo(actor.subject())) {
            throw new ApiException(ProblemType.FORBIDDEN, "Advisors change only the products of firms assigned to them",
                    List.of(new FieldError("firm", "firm.advisor.notYours", "This firm is not assigned to you")));
        }
    }

    private static void touch(Product product, CurrentUser actor) {
        product.updatedAt = Instant.now();
        product.updatedBy = actor.subject();
        // Flush here so that a concurrent update surfaces as a stale version (412) now.
        Product.flush();
    }

    private static Map<String, String> snapshot(Product product) {
        String at = "products[" + product.id + "].";
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(at + "name", product.name);
        fields.put(at + "nameKana", product.nameKana);
        fields.put(at + "category", product.category);
        fields.put(at + "description", product.description);
        fields.put(at + "priceYen", product.priceYen == null ? null : product.priceYen.toString());
        fields.put(at + "taxIncluded", Boolean.toString(product.taxIncluded));
        fields.put(at + "contentVolume", product.contentVolume);
        fields.put(at + "shelfLife", product.shelfLife);
        fields.put(at + "packaging", product.packaging);
        fields.put(at + "minimumLot", product.minimumLot);
        return fields;
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
