package newsdesk.web;

import java.util.List;

/** The posts of one day under its date header, as Blogger's front page shows them. */
public record DayGroup(String heading, String isoDate, List<PostView> posts) {}
