package newsdesk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import newsdesk.publish.InvalidPostException;
import newsdesk.publish.Post;
import newsdesk.publish.PostJson;
import newsdesk.publish.PostService;
import newsdesk.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Posts in and out as JSON, in the shape of docs/post-json.md. */
@Command(name = "post", mixinStandardHelpOptions = true, description = "Import or export posts as JSON (docs/post-json.md).",
    subcommands = {PostCommand.Import.class, PostCommand.Export.class})
final class PostCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "import", mixinStandardHelpOptions = true,
      description = "Import one post or an array of posts from a JSON file; all of them or, on any error, none.")
  static final class Import implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Parameters(paramLabel = "FILE.json", description = "The file to import ('-' for standard input).")
    String file;

    @Override
    public Integer call() throws IOException {
      PrintWriter err = spec.commandLine().getErr();
      String json;
      if (file.equals("-")) {
        json = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
      } else {
        Path p = Path.of(file);
        if (!Files.isRegularFile(p)) {
          err.println("error: no such file: " + file);
          return 2;
        }
        json = Files.readString(p, StandardCharsets.UTF_8);
      }
      try (Store s = store.open()) {
        List<Post> posts = PostJson.readPosts(json, Instant.now());
        List<Post> stored = new PostService(s).importAll(posts);
        spec.commandLine().getOut().println("Imported " + stored.size() + (stored.size() == 1 ? " post." : " posts."));
        return 0;
      } catch (InvalidPostException e) {
        err.println("error: nothing imported: " + e.getMessage());
        return 1;
      }
    }
  }

  @Command(name = "export", mixinStandardHelpOptions = true,
      description = "Write every post (or one, with --slug) as JSON to standard output or --out.")
  static final class Export implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = "--slug", description = "Export only this post, as a single object.")
    String slug;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to this file instead of standard output.")
    Path out;

    @Override
    public Integer call() throws IOException {
      ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      JsonNode result;
      try (Store s = store.open()) {
        PostService posts = new PostService(s);
        if (slug != null) {
          var post = posts.bySlug(slug);
          if (post.isEmpty()) {
            spec.commandLine().getErr().println("error: no post with slug '" + slug + "'");
            return 1;
          }
          result = PostJson.write(post.get());
        } else {
          ArrayNode arr = mapper.createArrayNode();
          posts.all().forEach(p -> arr.add(PostJson.write(p)));
          result = arr;
        }
      }
      String text = mapper.writeValueAsString(result) + "\n";
      if (out != null) {
        Files.writeString(out, text, StandardCharsets.UTF_8);
      } else {
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
      }
      return 0;
    }
  }
}
