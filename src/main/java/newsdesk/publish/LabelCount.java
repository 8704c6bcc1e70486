package newsdesk.publish;

/** A label and how many public posts carry it. */
public record LabelCount(String label, int count) {}
