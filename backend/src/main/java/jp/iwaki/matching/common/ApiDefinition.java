package jp.iwaki.matching.common;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The document-level parts of the OpenAPI description: the error responses every
 * operation refers to by name, defined once here as in ../openapi.yaml.
 */
@OpenAPIDefinition(
        info = @Info(title = "Iwaki Matching API", version = "0.1.0"),
        tags = {
                @Tag(name = "me", description = "The signed-in user"),
                @Tag(name = "programs", description = "The four support programs of the plan and their yearly targets"),
                @Tag(name = "firms", description = "Exhibitor firms (支援事業者/出展事業者) and the reference data they use"),
                @Tag(name = "advisors", description = "The chamber's advisors (経営指導員) to whom firms are assigned"),
                @Tag(name = "buyers", description = "Buyer companies (バイヤー企業) and their contacts"),
                @Tag(name = "projects", description = "Yearly projects of the programs: trade meetings, participating firms, invited buyers"),
                @Tag(name = "catalogue", description = "What a buyer sees of the projects its company is invited to")
        },
        components = @Components(schemas = {
                @Schema(name = "FirmSort", type = SchemaType.STRING, description = "Field to sort by; a leading minus sorts descending.",
                        enumeration = {"tradeNameKana", "-tradeNameKana", "updatedAt", "-updatedAt", "employees", "-employees"}),
                @Schema(name = "BuyerCompanySort", type = SchemaType.STRING, description = "Field to sort by; a leading minus sorts descending.",
                        enumeration = {"nameKana", "-nameKana", "updatedAt", "-updatedAt"}),
                @Schema(name = "ProductSort", type = SchemaType.STRING, description = "Field to sort by; a leading minus sorts descending.",
                        enumeration = {"nameKana", "-nameKana", "priceYen", "-priceYen", "updatedAt", "-updatedAt"}),
                @Schema(name = "ProjectSort", type = SchemaType.STRING, description = "Field to sort by; a leading minus sorts descending.",
                        enumeration = {"-fiscalYear", "fiscalYear", "-startsOn", "startsOn", "-updatedAt", "updatedAt"})
        }, requestBodies = {
                @RequestBody(name = "CsvFile", required = true,
                        description = "The CSV file as it is: UTF-8 (with or without BOM) or Shift_JIS, told apart by the API.",
                        content = {
                                @Content(mediaType = Spreadsheet.CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                                @Content(mediaType = "application/octet-stream", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
        }, responses = {
                @APIResponse(name = "Spreadsheet", responseCode = "200",
                        description = "The list as a file: CSV in UTF-8 with BOM, or .xlsx; every matching record, not one page.",
                        content = {
                                @Content(mediaType = Spreadsheet.CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                                @Content(mediaType = Spreadsheet.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))}),
                @APIResponse(name = "BadRequest", responseCode = "400",
                        description = "The request is malformed or a field is invalid; `errors` names each field.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "Unauthorized", responseCode = "401", description = "No valid access token.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "Forbidden", responseCode = "403", description = "The signed-in user's role may not do this.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "NotFound", responseCode = "404", description = "No such record, or not one this user may see.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "Conflict", responseCode = "409",
                        description = "The request clashes with another record, e.g. a 法人番号 already registered.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "Unprocessable", responseCode = "422",
                        description = "The request cannot be carried out as things stand: the record is archived or closed, or an import's rows have problems (nothing was imported; errors name rows[line].column).",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "PreconditionFailed", responseCode = "412",
                        description = "The If-Match ETag is stale; somebody else changed the record since it was read.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "PayloadTooLarge", responseCode = "413", description = "The request body is larger than the API accepts.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "UnsupportedMediaType", responseCode = "415",
                        description = "The request body is not in a media type the operation accepts.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "PreconditionRequired", responseCode = "428", description = "The update carries no If-Match header.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "ServiceUnavailable", responseCode = "503",
                        description = "A service the API depends on (Keycloak) does not answer; try again later.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
        }))
public class ApiDefinition extends Application {
}
