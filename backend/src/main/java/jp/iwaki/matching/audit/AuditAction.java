package jp.iwaki.matching.audit;

public enum AuditAction {
    CREATE, UPDATE, ARCHIVE, LOGIN_GRANT, LOGIN_REVOKE
}
