package jp.iwaki.matching.survey;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.iwaki.matching.common.Page;
import jp.iwaki.matching.common.Paging;
import jp.iwaki.matching.security.Roles;

@Path("/api/introduction-candidates")
@Produces(MediaType.APPLICATION_JSON)
public class IntroductionCandidateResource {
    private final IntroductionCandidates candidates;

    IntroductionCandidateResource(IntroductionCandidates candidates) {
        this.candidates = candidates;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    public Page<SurveyDtos.IntroductionCandidate> list(@BeanParam @Valid IntroductionCandidateQuery query, @BeanParam @Valid Paging paging) {
        return candidates.list(query, paging);
    }
}
