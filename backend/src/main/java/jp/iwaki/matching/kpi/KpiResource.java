package jp.iwaki.matching.kpi;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import jp.iwaki.matching.common.Page;
import jp.iwaki.matching.common.Paging;
import jp.iwaki.matching.common.Spreadsheet;
import jp.iwaki.matching.kpi.KpiDtos.Dashboard;
import jp.iwaki.matching.kpi.KpiDtos.KpiInvitation;
import jp.iwaki.matching.kpi.KpiDtos.KpiRecord;
import jp.iwaki.matching.kpi.KpiDtos.Years;
import jp.iwaki.matching.security.CurrentUser;
import jp.iwaki.matching.security.Roles;

@Path("/api/kpi")
@Produces(MediaType.APPLICATION_JSON)
public class KpiResource {
    private final KpiService kpi;
    private final AnnualReport report;
    private final CurrentUser user;

    KpiResource(KpiService kpi, AnnualReport report, CurrentUser user) {
        this.kpi = kpi;
        this.report = report;
        this.user = user;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    @Path("dashboard")
    public Dashboard dashboard(@BeanParam @Valid KpiQuery query) {
        Optional<String> advisor = user.hasRole(Roles.ADVISOR) ? Optional.of(user.subject()) : Optional.empty();
        return kpi.dashboard(kpi.yearOrCurrent(query.fiscalYear()), advisor);
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    @Path("records")
    public Page<KpiRecord> records(@BeanParam @Valid KpiQuery year, @BeanParam @Valid KpiRecordsQuery query,
            @BeanParam @Valid Paging paging) {
        return kpi.records(kpi.yearOrCurrent(year.fiscalYear()), query, paging);
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    @Path("survey-invitations")
    public Page<KpiInvitation> surveyInvitations(@BeanParam @Valid KpiQuery year, @BeanParam @Valid KpiInvitationQuery query,
            @BeanParam @Valid Paging paging) {
        return kpi.invitations(kpi.yearOrCurrent(year.fiscalYear()), query, paging);
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    @Path("years")
    public Years years() {
        return kpi.years();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ADVISOR, Roles.COORDINATOR})
    @Path("report")
    @Produces({Spreadsheet.CSV, Spreadsheet.XLSX})
    public Response report(@QueryParam("format") String format) {
        return report.download(Spreadsheet.mediaType(format));
    }
}
