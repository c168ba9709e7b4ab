package vn.viethoa.movement.notification;

/** A person a message goes to: an engine user with an e-mail address. */
public record Recipient(String userId, String displayName, String email) {}
