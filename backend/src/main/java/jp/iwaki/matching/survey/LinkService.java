package jp.iwaki.matching.survey;

import java.time.Instant;
import java.util.List;
import jp.iwaki.matching.common.ApiException;
import jp.iwaki.matching.common.FieldError;
import jp.iwaki.matching.common.ProblemType;

/** What a link's token opens: exactly one invitation, or nothing (404), or no more (410, and why). */
final class LinkService {
    private LinkService() {
    }

    /** A token that does not exist; counted against the client's address (guessing). */
    static final class UnknownLink extends ApiException {
        UnknownLink() {
            super(ProblemType.NOT_FOUND, "No such survey link");
        }
    }

    static SurveyInvitation open(String token) {
        if (!LinkTokens.wellFormed(token)) {
            throw new UnknownLink();
        }
        SurveyLink link = SurveyLink.byHash(LinkTokens.hash(token)).orElseThrow(UnknownLink::new);
        if (link.endReason != null) {
            throw link.endReason == SurveyLink.EndReason.REPLACED
                    ? gone("survey.link.replaced", "This link was replaced by a newer one")
                    : gone("survey.link.revoked", "This link was revoked");
        }
        SurveyInvitation invitation = InvitationService.invitation(link.invitationId);
        if (invitation.isRevoked()) {
            throw gone("survey.link.revoked", "This link was revoked");
        }
        if (!Instant.now().isBefore(invitation.survey.linksExpireAt())) {
            throw gone("survey.link.expired", "The survey closed on " + invitation.survey.closesOn);
        }
        return invitation;
    }

    private static ApiException gone(String key, String detail) {
        return new ApiException(ProblemType.GONE, detail, List.of(new FieldError("token", key, detail)));
    }
}
