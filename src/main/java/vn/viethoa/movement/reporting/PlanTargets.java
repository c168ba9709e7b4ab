package vn.viethoa.movement.reporting;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The plan's measurable targets under {@code movement.targets}: 100% of households with a digital
 * address (II.4), 100% of staff proficient with the platforms (III.1.1), at least one initiative per
 * unit (III.1.1).
 */
@ConfigurationProperties("movement.targets")
public record PlanTargets(BigDecimal householdsDigitalAddressRate, BigDecimal staffProficiencyRate, long initiativesPerUnit) {}
