package vn.viethoa.movement.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The administrator account under {@code movement.security}. */
@ConfigurationProperties("movement.security")
public record SecurityProperties(String adminUser, String adminPassword, boolean requireAdminPassword) {}
