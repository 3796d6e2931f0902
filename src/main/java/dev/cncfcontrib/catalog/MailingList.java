package dev.cncfcontrib.catalog;

/** A mailing list, forum or discussion board. {@code kind} is mailing-list, forum or discussions. */
public record MailingList(String kind, String name, String address, String url, String note) {
}
