package jp.iwaki.matching.audit;

@org.eclipse.microprofile.openapi.annotations.media.Schema(name = "AuditAction")
public enum AuditAction {
    CREATE, UPDATE, ARCHIVE, LOGIN_GRANT, LOGIN_REVOKE
}
