package newsdesk;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import newsdesk.comments.Comment;
import newsdesk.comments.CommentService;
import newsdesk.comments.CommentStatus;
import newsdesk.publish.PostService;
import newsdesk.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Moderation from the command line, until the desk has its own screen for it. */
@Command(name = "comments", mixinStandardHelpOptions = true, description = "List and moderate reader comments.",
    subcommands = {CommentsCommand.ListComments.class, CommentsCommand.Approve.class, CommentsCommand.Spam.class,
        CommentsCommand.Trash.class})
final class CommentsCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List comments, newest first (pending ones by default).")
  static final class ListComments implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = "--status", defaultValue = "pending", description = "pending, approved, spam, trashed or all (default: ${DEFAULT-VALUE}).")
    String status;

    @Option(names = "--limit", defaultValue = "50", description = "At most this many (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
      Optional<CommentStatus> st;
      try {
        st = status.equals("all") ? Optional.empty() : Optional.of(CommentStatus.parse(status));
      } catch (IllegalArgumentException e) {
        spec.commandLine().getErr().println("error: --status: " + e.getMessage() + " or all");
        return 2;
      }
      PrintWriter out = spec.commandLine().getOut();
      try (Store s = store.open()) {
        PostService posts = new PostService(s);
        List<Comment> list = new CommentService(s, Clock.systemUTC()).list(st, limit);
        if (list.isEmpty()) {
          out.println("No " + (st.isPresent() ? status + " " : "") + "comments.");
        }
        for (Comment c : list) {
          String post = posts.byId(c.postId()).map(p -> p.slug()).orElse("?");
          String text = c.body().replaceAll("\\s+", " ");
          out.printf("#%d  %-8s  %s  on %s%n    %s%s: %s%n", c.id(), c.status().wireName(), c.created(), post,
              c.author(), c.website().isEmpty() ? "" : " <" + c.website() + ">",
              text.length() > 160 ? text.substring(0, 157) + "..." : text);
        }
      }
      out.flush();
      return 0;
    }
  }

  abstract static class Moderate implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Parameters(paramLabel = "ID", arity = "1..*", description = "Comment ids, as `comments list` shows them.")
    List<Long> ids;

    abstract CommentStatus target();

    @Override
    public Integer call() {
      int missing = 0;
      try (Store s = store.open()) {
        CommentService comments = new CommentService(s, Clock.systemUTC());
        for (long id : ids) {
          if (comments.moderate(id, target())) {
            spec.commandLine().getOut().println("Comment #" + id + " is now " + target().wireName() + ".");
          } else {
            spec.commandLine().getErr().println("error: there is no comment #" + id);
            missing++;
          }
        }
      }
      spec.commandLine().getOut().flush();
      return missing == 0 ? 0 : 1;
    }
  }

  @Command(name = "approve", mixinStandardHelpOptions = true, description = "Approve comments: they appear on the site.")
  static final class Approve extends Moderate {
    @Override
    CommentStatus target() {
      return CommentStatus.APPROVED;
    }
  }

  @Command(name = "spam", mixinStandardHelpOptions = true, description = "Mark comments as spam: they are hidden.")
  static final class Spam extends Moderate {
    @Override
    CommentStatus target() {
      return CommentStatus.SPAM;
    }
  }

  @Command(name = "trash", mixinStandardHelpOptions = true, description = "Move comments to the trash: they are hidden.")
  static final class Trash extends Moderate {
    @Override
    CommentStatus target() {
      return CommentStatus.TRASHED;
    }
  }
}
