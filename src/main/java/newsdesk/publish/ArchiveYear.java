package newsdesk.publish;

import java.time.YearMonth;
import java.util.List;

/** A year of the archive tree: its public post count and its months, newest first. */
public record ArchiveYear(int year, int count, List<Month> months) {
  public ArchiveYear {
    months = List.copyOf(months);
  }

  /** A month of the archive tree with its public post count. */
  public record Month(YearMonth month, int count) {}
}
