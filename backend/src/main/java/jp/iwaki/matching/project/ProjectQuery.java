package jp.iwaki.matching.project;

import jp.iwaki.matching.program.ProgramCode;

/** The filters, page and order of a project list, as the client asked for them. */
public record ProjectQuery(String q, Integer fiscalYear, ProgramCode program, ProjectState state, Long firmId, Long buyerCompanyId,
                           int page, int size, String sort) {
}
