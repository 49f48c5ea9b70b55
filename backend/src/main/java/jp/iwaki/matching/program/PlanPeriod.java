package jp.iwaki.matching.program;

import io.smallrye.config.ConfigMapping;

/** The fiscal years of the Business Development Support Plan; targets exist only inside it. */
@ConfigMapping(prefix = "iwaki.plan")
public interface PlanPeriod {
    int firstFiscalYear();

    int lastFiscalYear();

    default boolean contains(int fiscalYear) {
        return fiscalYear >= firstFiscalYear() && fiscalYear <= lastFiscalYear();
    }
}
