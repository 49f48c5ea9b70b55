package jp.iwaki.matching.advisor;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import jp.iwaki.matching.common.ApiException;
import jp.iwaki.matching.common.OutsideTransaction;
import jp.iwaki.matching.common.JapaneseText;
import jp.iwaki.matching.common.ProblemType;
import jp.iwaki.matching.security.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The advisors as Keycloak knows them: the users holding the realm's advisor role. Keycloak
 * is the one place where staff are added and removed, so nothing is copied into our
 * database but the subject and name a firm is assigned to. The list is kept for a minute
 * (quarkus.cache.caffeine.advisors): one request took 60–110 ms through Keycloak here, and
 * every firm form asks for it. An assignment to someone not in the kept list asks Keycloak
 * again, so a newly added advisor can be assigned at once.
 */
@ApplicationScoped
public class AdvisorDirectory {
    private static final Logger LOG = Logger.getLogger(AdvisorDirectory.class);
    // Far more than the chamber's 13 advisors; Keycloak pages role members.
    private static final int MAX_ADVISORS = 1000;

    private static final String ALL = "all";

    private final Keycloak keycloak;
    private final String realm;
    private final Cache cache;

    AdvisorDirectory(Keycloak keycloak, @ConfigProperty(name = "quarkus.keycloak.admin-client.realm") String realm,
                     @CacheName("advisors") Cache cache) {
        this.keycloak = keycloak;
        this.realm = realm;
        this.cache = cache;
    }

    /** Every enabled advisor, by name in Japanese order. 503 when Keycloak does not answer. */
    public List<Advisor> all() {
        return cache.<String, List<Advisor>>get(ALL, key -> load()).await().indefinitely();
    }

    private List<Advisor> load() {
        List<UserRepresentation> members;
        try {
            members = OutsideTransaction.call(() -> keycloak.realm(realm).roles().get(Roles.ADVISOR).getUserMembers(0, MAX_ADVISORS));
        } catch (ProcessingException | WebApplicationException e) {
            LOG.warnf(e, "Keycloak did not list the advisors");
            throw new ApiException(ProblemType.SERVICE_UNAVAILABLE, "The list of advisors is not available right now", List.of());
        }
        Collator japanese = Collator.getInstance(Locale.JAPANESE);
        return members.stream()
                .filter(user -> !Boolean.FALSE.equals(user.isEnabled()))
                .map(user -> new Advisor(user.getId(), displayName(user)))
                .sorted(Comparator.comparing(Advisor::name, japanese).thenComparing(Advisor::subject))
                .toList();
    }

    /** Advisors whose name reads the same once width, spaces and kana are folded. */
    public List<Advisor> named(String name) {
        String key = JapaneseText.searchKey(name);
        return all().stream().filter(a -> JapaneseText.searchKey(a.name()).equals(key)).toList();
    }

    public Optional<Advisor> find(String subject) {
        Optional<Advisor> kept = in(all(), subject);
        if (kept.isPresent()) {
            return kept;
        }
        cache.invalidate(ALL).await().indefinitely();
        return in(all(), subject);
    }

    private static Optional<Advisor> in(List<Advisor> advisors, String subject) {
        return advisors.stream().filter(a -> a.subject().equals(subject)).findFirst();
    }

    /** Family name first, as on every Japanese form (鈴木 一郎); the user name when Keycloak has no names. */
    static String displayName(UserRepresentation user) {
        String joined = String.join(" ", Stream.of(user.getLastName(), user.getFirstName())
                .filter(s -> s != null && !s.isBlank()).map(String::strip).toList());
        return joined.isEmpty() ? user.getUsername() : joined;
    }
}
