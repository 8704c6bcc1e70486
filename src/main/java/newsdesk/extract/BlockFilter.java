package newsdesk.extract;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Drops from the written blocks what is not the article's words: stock lines, credits, bylines and dates, the
 * headline again, and the furniture after the text (related stories, comments, the writer's bio).
 */
final class BlockFilter {

    private static final Set<String> BOILERPLATE_LINES = Set.of("advertisement", "advertisements", "sponsored",
            "sponsored content", "share", "share this", "share this article", "share this story", "share on facebook",
            "share on twitter", "read more", "read more:", "related", "related articles", "related posts",
            "related stories", "continue reading", "continue reading below", "click here", "sign up", "subscribe",
            "subscribe now", "follow us", "print", "email", "tweet", "comments", "leave a comment", "leave a reply",
            "skip to content", "skip to main content", "back to top", "back to the top", "loading...", "loading", "you may also like",
            "recommended", "recommended for you", "more from", "most popular", "trending", "tags", "tags:",
            "advertisement - continue reading below", "story continues below advertisement", "listen to this article",
            "copy link", "link copied", "facebook", "twitter", "linkedin", "pinterest", "whatsapp", "reddit",
            "see also", "also read", "read next", "up next", "next article", "previous article", "posted by",
            "posted on", "published on", "written by", "share this post", "share article", "table of contents",
            // The title of a page's table of contents; its entries are links to the headings below.
            "contents", "article contents", "back to contents", "back to table of contents", "on this page", "in this article", "in this post", "jump to", "quick links",
            // The toggle a table of contents' title carries ("Table of Contents Show", "Contents hide"), and the buttons
            // that scroll a page to its recipe card, its review or its comments: absent from the truth on every dev page
            // that has one (6 pages), kept by none.
            "table of contents show", "table of contents hide", "table of contents toggle", "contents show", "contents hide",
            "contents toggle",
            // The labels of a gallery's and a code box's buttons, and of the buttons that hand the page to a chatbot.
            "show caption", "hide caption", "copied!",
            // A live blog entry's labels over its headline.
            "pinned", "pinned post", "key event", "summarize this article with", "summarise this article with",
            "summarize this post with", "summarize this page with",
            // what a classic WordPress theme prints under a post filed nowhere
            "bookmark the permalink");

    private static final Pattern TRAILING_SECTION = Pattern.compile("(?i)^\\W*(?:related(?:(?: articles| posts| stories| content"
            + "| reading| reads| news| topics| pages)(?: (?:that|from|on|and) (?![^:]*\\.$)[^:!?]{1,40})?)?"
            // more words only after what is related (above): "Related on their father's side" is a story's subhead
            + "|recent (?:articles|posts|stories)|more (?:videos|stories|articles|posts|to read|like this|on this topic)"
            + "|read (?:this )?next|up next|you (?:may|might) (?:(?:also )?like|(?:also )?be interested in"
            // only in more reading ("… in these articles from our archive:"); "… in the fine print:" is the story's
            + "(?:(?: [\\w’'-]+){0,3}? (?:articles|posts|stories|reads|guides|pages|videos|content|topics)\\b"
            + "(?![^:]*\\.$)[^:!?]{0,40})?)"
            + "|if you (?:liked|enjoyed) this (?:post|article|story)(?:,? you (?:may|might|will) (?:also )?like)?|also read"
            + "|most (?:read|popular|viewed)|popular (?:posts|articles|stories)|recommended for you|latest (?:articles|posts"
            + "|news|stories)|trending(?: now)?|keep reading|(?:\\d+\\s+)?(?:comments?|responses|replies)"
            + "|leave a (?:reply|comment)|join the (?:discussion|conversation)|about the author|share this(?: article| post)?"
            + "|what (?:our|people) (?:customers|clients|patients) say|testimonials?|in case you missed it|icymi\\b.*"
            + "|(?:was this|did you find this) (?:article|page|post|guide|story) (?:helpful|useful)"
            + "|rate this (?:article|post|page|recipe)"
            + "|how (?:was|did you like) this (?:issue|article|post|newsletter))\\W*$"
            + "|^(?:latest posts by|about the author:|copyright ©|© (?:copyright )?(?:19|20)\\d{2})");

    /** "More from The Verge", "Subscribe to Platformer": an outlet's name (capitalised), in a heading, not a question. */
    private static final Pattern OUTLET_TRAILER = Pattern.compile("^\\W*(?i:more from|subscribe to) "
            + "(?!(?i:the|a|an|this|that|these|those|what|which|how|why|my|your|his|her|its|their|our) \\p{Ll}"
            + "|(?i:what|which|whom?)\\b)[^.!?]{1,30}[\\s:>»›→…|]*$");

    /**
     * Lines that open the furniture below a post: its filing ("Posted in News, Events", "Tags: …", never a sentence:
     * "Posted in March, the video …"; but the one sentence WordPress's classic themes print under every post, "This
     * entry was posted in Reviews and tagged books. Bookmark the permalink.", naming its categories, tags or poster,
     * not "This post was posted in a hurry."), the sales pitch's bare question ("Still have questions?") or contact heading
     * ("Contact us", "Get in touch with our team"; not "… with your landlord"), a paywall's wall over the part a
     * subscriber reads ("Unlock this article — plus …", "Become a paid subscriber to unlock this piece and learn
     * about:", "To read the rest of this story subscribe …"; its list of perks follows). Only paragraphs and
     * headings: list items, quotes and code say such things too.
     */
    private static final Pattern TRAILING_MARK = Pattern.compile("^(?:Posted in|Filed under|Tagged(?: with)?:?"
            + "|Tags?:|Categor(?:y|ies):|Topics:) (?!.*[.!?]$)"
            // WordPress's classic themes' filing line, a sentence of the template's ("This entry was posted in Reviews
            // and tagged books. Bookmark the permalink.", "… posted in News on May 2, 2025 by admin.")
            + "|^This (?:entry|post) was posted (?:in|on) [^!?]{1,160}?(?:\\band tagged\\b|\\bis filed under\\b"
            + "|\\bBookmark the permalink\\b|\\bby [^.!?\\s]+(?: [^.!?\\s]+){0,3}\\.?$)"
            + "|(?i)^(?:still have (?:any )?(?:questions|doubts)|need (?:more |any )?help|have (?:any )?(?:more |other )?"
            + "questions|got (?:any )?questions)\\?$"
            + "|(?i)^\\W*(?:get in touch|contact us|request a (?:demo|quote)|book a (?:demo|call|consultation)"
            + "|talk to (?:an expert|us|our team)|schedule a (?:demo|call|consultation))"
            + "(?: (?:with us|with our [^.?!]{1,30}|today|now))?\\W*$");
    /**
     * A paywall's wall over the subscriber's part ("Unlock this article — plus …", "To read the rest of this story,
     * subscribe …"): it ends the text only as an unquoted paragraph (or a heading naming its offer) with no paragraph
     * of prose after it (a wall is followed by its perks; a story quoting one, or a how-to showing one as an example, goes on), and "unlock this
     * story" must end there or go on as a wall does ("— plus", "and", "for just"), not into a subhead's words
     * ("Unlock this story chapter early").
     */
    private static final Pattern PAYWALL_MARK = Pattern.compile("(?i)^\\W*(?:(?:become a paid (?:subscriber|member)"
            + "|subscribe|upgrade(?: to paid)?)\\b[^.!?]{0,60}? to )?unlock this (?:article|story|piece|post|essay"
            + "|newsletter)(?=\\s*(?:$|[—–:,.!]|-\\s|(?:and|plus|with|by|for|today|now)\\b))"
            + "|(?i)^\\W*to (?:read|continue reading) the rest of this (?:article|story|piece|post),? "
            + "(?:subscribe|sign up|become)\\b");
    /**
     * Beyond this, or as a sentence of {@link #SENTENCE_WORDS_MIN} words or more, a paragraph after a paywall's mark
     * is prose of the text (a soft paywall's story goes on in short paragraphs), not one of the wall's perks.
     */
    private static final int PERK_MAX = 120;
    /** A wall set as a heading names its offer ("Become a paid subscriber to … to unlock this piece …"). */
    private static final Pattern PAYWALL_OFFER = Pattern.compile("(?i)\\b(?:subscri|paid|member|upgrade)");
    private static final int SENTENCE_WORDS_MIN = 8;
    /**
     * The job title heading a writer's box ("Contributing Writer", "Founder and CEO"): right after the writer's name,
     * or a line (not a heading: a story announcing appointments heads each with one) with no more than a short
     * bio after it.
     */
    private static final Pattern JOB_TITLE = Pattern.compile("(?i)^(?:(?:senior |staff |contributing |associate "
            + "|managing |deputy |freelance |guest )?(?:writer|editor|author|contributor|reporter|journalist|columnist"
            + "|correspondent)|(?:co-)?founder(?: (?:and|&) (?:ceo|president|editor))?|(?:ceo|president) (?:and|&) "
            + "(?:co-)?founder)$");
    private static final Pattern SHORT_NAME = Pattern.compile("^\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){1,3}$");

    private static final Pattern DISCLOSURE = Pattern.compile("(?i)affiliate links?|(?:may|might|could) earn (?:us )?(?:a )?"
            + "(?:small )?commission|we (?:may )?earn (?:a )?commission|earn from qualifying purchases");
    /**
     * What makes a line about affiliate links the page's disclosure rather than a sentence of the text ("Streamers
     * earn a commission via affiliate links", "both are affiliate links"): it is labelled so, speaks of this post or
     * site, or of what we or I may earn.
     */
    private static final Pattern DISCLOSURE_FRAME = Pattern.compile("(?i)^\\W*(?:affiliate )?(?:disclosure|disclaimer)\\b"
            + "|^\\W*(?:please )?note:|^\\W*heads up:|\\b(?:this|our) (?:blog )?(?:post|article|page|site|blog|guide|review"
            + "|content|story|video|website) (?:contains|may contain|includes|uses|has)\\b|\\b(?:we|i)(?: may| might| could)?"
            + " earn\\b|\\bmay earn (?:us|me)\\b|\\bas an (?:amazon )?(?:associate|affiliate)\\b|^\\W*affiliate links? (?:are|is) used"
            + "|\\b(?:we|i) (?:also )?use (?:some )?affiliate links");
    /**
     * "Photo: Shutterstock", "Image credit: © …", "Getty Images / Jane Roe": a picture's credit, not the text. Also the
     * credit for the page's own lead picture, set apart from it at the foot of the post ("Featured image from Sakara",
     * "Header photo by Jane Roe"), and a stock library's licence note ("Image used under license from Shutterstock"):
     * the truth leaves both out on the 2 dev pages where we kept them, and keeps neither anywhere; a credit under a
     * picture in the text that names neither ("Photo via Pexels", "image source: Google") is the truth's on 2 pages and
     * stays.
     */
    private static final Pattern CREDIT_LINE = Pattern.compile("(?i)^(?:(?:(?:image|photo|photograph|picture|header image"
            + "|featured image|cover image|lead image|top image)s? ?)?credits?|(?:image|photo|picture)s?(?: courtesy)?)\\s*:\\s*\\S"
            + "|^(?:getty images|shutterstock|istock)(?:\\s*(?:/|via|for|\\|)\\s*[^.]{0,60})?$"
            + "|^photo(?:graph)?s? (?:by|courtesy of) \\S[^.]{0,60}$"
            + "|^(?:featured?|header|cover|hero) (?:image|photo|picture)s? (?:by|from|via|courtesy of) \\S[^.,]{0,60}$"
            + "|^(?:image|photo|picture)s? used under (?:a )?licen[cs]e (?:from|by) \\S[^,]{0,40}?\\.?$");
    /** "Jane Roe is a freelance writer who …": a third-person note on the writer, set above or below the text. */
    private static final Pattern BIO_OPENING = Pattern.compile("^\\(?\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,3}"
            + " (?:is|was|has been|serves as) (?:an? |the )");
    /** Writing jobs only: "director", "founder", "professor" describe the people news is about. */
    private static final Pattern BIO_ROLE = Pattern.compile("(?i)\\b(?:writer|editor|journalist|author|contributor|reporter"
            + "|columnist|freelance|correspondent|blogger)\\b");
    /** The footer a blog's feed adds to a copied post: "The post Title appeared first on Site." */
    private static final Pattern FEED_FOOTER = Pattern.compile("^The post .{3,200} appeared first on .{2,80}$");
    /** "Updated May 2, 2025", "Published on: …", and a site's stamp under its pages, "Page last updated: March 4, 2025". */
    private static final Pattern DATELINE_LINE = Pattern.compile("(?i)^(?:page )?(?:last )?(?:updated|published|posted|modified)"
            + "(?: on)?:? .*\\b(?:19|20)\\d{2}\\b");
    /**
     * "By Jane Roe", "By Jane Roe and Sam Poe • May 2, 2025", and with the writer's role on a line of its own below the
     * name ("By Marcy Holt Special to the Sentinel", "By Jane Roe, Staff Writer").
     */
    private static final Pattern BYLINE_LINE = Pattern.compile("^(?:By|BY|by) \\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,3}"
            + "(?:\\s*(?:,|and|&)\\s*\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,3})*"
            + "(?:,?\\s+(?i:special to (?:the )?\\p{Lu}[\\p{L}.'’&-]*(?: \\p{Lu}[\\p{L}.'’&-]*){0,3}|(?:senior |staff |contributing "
            + "|associate |freelance |guest )?(?:writer|reporter|correspondent|columnist|contributor)))?"
            + "(?:\\s*[•|·,-]\\s*.*\\d{4})?$");
    /** "Written by …", "Reviewed by: …", "by: Jane Roe, Dec 17, 2025", "by Jane Roe on Jan 22, 2025": a byline. */
    private static final Pattern LABELLED_BYLINE = Pattern.compile("^(?:(?i:written|posted|reviewed|edited|recipe|words"
            + "|story|photos?|fact[- ]checked|medically reviewed) (?i:by):?|(?i:by): |(?i:by) (?!(?:January|February|March|April|May|June|July|August|September|October|November"
            + "|December|Spring|Summer|Fall|Autumn|Winter)\\b)(?=\\p{Lu}.{0,40}\\b(?:19|20)\\d{2}$))"
            + " ?\\p{Lu}[^.!?]*(?:\\.\\s?\\p{Lu}[^.!?]*)*$");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s:>»›→.…|]+$");
    private static final Pattern DATE_ONLY = Pattern.compile("(?i)^(?:(?:posted|published|updated|last updated)"
            + "(?: on)?:?\\s*)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?(?:[a-z]{3,9}\\.? \\d{1,2},? \\d{4}"
            + "|\\d{1,2} [a-z]{3,9}\\.?,? \\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4})$");
    /**
     * A date with its weekday ("Monday, 1 December 2025") or a comma before the year ("15 Dec, 2025"): a post's
     * date line above or below the text, but as a heading, a list item or a line between the story's paragraphs the
     * day of a timeline or a diary or one of a list of dates, which DATE_ONLY leaves to them.
     */
    private static final Pattern DAY_HEADING = Pattern.compile("(?i)^(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b"
            + "|^\\d{1,2} [a-z]{3,9}\\.?, \\d{4}$");
    /** A span of minutes as a reading time or a step's length gives it: "8 min", "about 10 mins", "5-7 minutes". */
    private static final String DURATION = "(?:about |approx\\.? )?\\d+(?:-\\d+)? ?(?:min|mins|minutes?)";
    /** The label of a reading time: "Reading time", "Estimated read time:". */
    private static final String READING_TIME_WORDS = "(?:estimated )?(?:reading|read) time:?";
    /** "Published 6 hours ago", "8 min read", "Read time: 14 min": page furniture around the headline. */
    private static final Pattern AGE_OR_READING_TIME = Pattern.compile("(?i)^(?:(?:posted|published|updated|last updated)"
            + "(?: on)?:?\\s*)?(?:\\d+|an?|one) (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?) ago\\.?$"
            + "|^" + READING_TIME_WORDS + "\\s*" + DURATION + "\\.?$"
            + "|^" + DURATION + "\\.?(?: read| to read| reading time)\\.?$");
    /**
     * A bare duration ("5 mins", "10 Minutes"): a reading time only above the text's first paragraph of prose; below
     * it, a recipe's "Prep" or a course's lesson shows how long a step takes.
     */
    private static final Pattern BARE_DURATION = Pattern.compile("(?i)^" + DURATION + "\\.?$");
    /** "6 min read · Dec 1, 2025", "24 Apr 2000 • 3 min read": a reading time beside the date, both furniture. */
    private static final Pattern READING_TIME_BESIDE = Pattern.compile("(?i)\\s*[•|·,-]?\\s*\\d+ ?(?:min|mins|minutes?)\\.? read"
            + "\\s*[•|·,-]?\\s*");
    /**
     * "1,693 views", "12 likes · 3 comments", "(Visited 1,902 times, 364 visits today)", "Page 1 of 8": a counter,
     * never a sentence. A count followed by more words is a fact ("4.5m likes on TikTok alone", "3 times world champion").
     */
    private static final Pattern COUNTER_LINE = Pattern.compile("(?i)^\\(?visited \\d[\\d,.]* times\\b[^.!?]{0,30}$"
            + "|^\\d[\\d,.]*[km]? (?:views|reads|likes)(?:\\s*[•|·,-]\\s*\\d[\\d,.]*[km]? comments?)?$|^page \\d+ of \\d+$");
    /**
     * "Last reviewed February 2025", "Last reviewed on: 3 June 2024": a health page's review stamp. Only a date may
     * follow; "Reviewed again in 2025, the trust's maternity unit was rated inadequate." is a sentence.
     */
    private static final Pattern REVIEWED_LINE = Pattern.compile("(?i)^last reviewed(?: on)?:? (?:\\d{1,2} )?"
            + "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?(?: \\d{1,2}(?:st|nd|rd|th)?)?,? \\d{4}$"
            + "|^last reviewed(?: on)?:? (?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4})$");
    /**
     * "Loading prices for your region…", "Loading Comments...": what a script shows until it fills the box, named by
     * what it loads. "Loading the last lorry…" is a sentence cut short.
     */
    private static final Pattern LOADING_LINE = Pattern.compile("(?i)^loading (?:[\\w-]+[ _]){0,2}(?:comments|content"
            + "|preview|prices|specifications|results|player|video|map|images?|items|articles|posts|pages|data|faq"
            + "|paragraph|gallery|widget)\\b[^.!?]{0,25}(?:…|\\.\\.\\.)$");
    /** A social network a site asks its readers to follow it on: "Instagram", "X (Twitter)", "LinkedIn". */
    private static final String NETWORK = "(?:facebook|instagram|twitter|x(?: \\(twitter\\))?|tiktok|pinterest|youtube"
            + "|linkedin|threads|bluesky|mastodon|snapchat)";
    /**
     * One more place to follow in a list after the first network: another network, the site's "Newsletter" or "RSS
     * feed", or the handle ("… on Instagram: @talkinghomerenovations"), after a comma, "and", "or", a bar or a colon.
     */
    private static final String FOLLOW_ALSO = "\\s*(?:,|,? and|,? &|,? or|\\|+|/|:)\\s*(?:" + NETWORK
            + "|newsletter|rss(?: feed)?|@[\\w.]+(?: [\\w.]+){0,2})";
    /**
     * The site's or the writer's invitation to follow them elsewhere, as a line of its own: "Follow us on Instagram and
     * TikTok", "Follow me on Instagram, YouTube, X (Twitter) or Facebook for a daily moment of travel inspiration",
     * "Follow on social media: TikTok || Instagram || Newsletter", "Join me on TikTok: @thehousemaven", "Follow AP on
     * Facebook, X, Instagram, YouTube and TikTok" (a name before "on" only with two networks or more: "Follow Industry
     * Leaders on LinkedIn" is a how-to's step), and a bare strip of networks' names "Facebook | Instagram | X |
     * Pinterest" (three or more, set apart by bars or dots: a table's "YouTube, TikTok, X" is a fact). Not an item of
     * a list of accounts to follow ("Follow on Instagram: @handle", which names no one to follow but the account), nor
     * a story's "Join us on YouTube to watch the first ride live". On the dev
     * pages the ground truth leaves out every such line: the five the text kept on 4 pages, and those on 20 more
     * pages already gone; no page keeps one. A sentence that mentions where a brand posts ("You can follow us on
     * Instagram, where …", "Connect with Elizabeth on Instagram") is not one.
     */
    private static final String SOCIAL_FOLLOW = "follow (?:(?:us|me) on (?:social(?: media)?|" + NETWORK + ")|on social(?: media)?)"
            + "(?:" + FOLLOW_ALSO + ")*(?: (?:for|to) [^.!?]{1,60})?"
            + "|join (?:us|me) on (?:social(?: media)?|" + NETWORK + ")(?:" + FOLLOW_ALSO + ")*"
            + "|follow (?-i:\\p{Lu}[\\p{L}&.'’-]*(?: \\p{Lu}[\\p{L}&.'’-]*){0,2}) on " + NETWORK + "(?:" + FOLLOW_ALSO
            + ")+(?: (?:for|to) [^.!?]{1,60})?"
            + "|" + NETWORK + "(?:\\s*(?:\\|+|•|·)\\s*" + NETWORK + "){2,}";
    /**
     * A site's pitch set as a line of its own between or after the paragraphs: newsletter sign-ups ("Join our
     * newsletter", "Want more? Sign up for our newsletter, The Edit, and shop smarter."), the label over an ad
     * ("Article continues below"), "Follow us on Instagram and TikTok" (see {@link #SOCIAL_FOLLOW}), "Pin it for later", a paywall's notice ("This
     * article is exclusive to Plus subscribers", "Already a member? Log in"), a free download ("Get the free
     * e-book!"), a sponsor's label ("In partnership with"), the appeal "This story is funded by readers like you",
     * and a mailed newsletter's lines about itself ("View this email in your browser", "Was this newsletter forwarded
     * to you? Sign up …").
     * Whole lines only, and never list items, quotes or code: a sentence that mentions a newsletter is the story's.
     */
    private static final Pattern PROMO_LINE = Pattern.compile("(?i)^\\W*(?:"
            + "(?:(?:want|looking for|love|enjoy(?:ed|ing)?|like) [^.?!]{1,60}\\? )?(?:join|sign up (?:for|to)|subscribe to"
            + "|get) (?:our|my) (?:free )?(?:(?:weekly|daily|monthly|email|e-mail) )?(?:newsletters?|mailing list"
            + "|email list|blog|podcast|channel)\\b(?![^.!?]*\\b(?:said|says|told|tells|wrote|writes|asked)\\b)"
            // not reported speech: "…, one message promised." ("…, The Selection, and shop smarter." is a pitch)
            + "(?![^.!?]*,\\s+(?!(?:and|or)\\b)(?-i:\\p{Ll}))"
            + "(?:[^.!?]{0,80}[.!]?)?"
            + "|(?:the )?(?:article|story|content|post|text) continues (?:below|after (?:the |this )?(?:ad|advert"
            + "|advertisement))"
            + "|" + SOCIAL_FOLLOW
            + "|pin (?:it |this |me )?for later|save (?:it |this )?(?:for later )?(?:on|to) pinterest"
            + "|this (?:article|story|post|content|piece) is (?:exclusive to|(?:only )?available (?:only )?to|for)"
            + " [^.!?]{1,40}(?:subscribers|members)(?: only)?"
            + "|already (?:have an account|a (?:subscriber|member))\\? ?(?:log|sign) ?in"
            + "|(?:get|download|grab|claim) (?:(?:your|our|my) free (?:e-?book|guide|checklist|printable|template"
            + "|pdf|workbook|cheat ?sheet)\\b[^.?]{0,40}|(?:the|a) free (?:e-?book|guide|checklist|printable|template"
            + "|pdf|workbook|cheat ?sheet)(?: now| here| today)?!?)"
            + "|in partnership with|brought to you by"
            + "|this (?:story|article|work|reporting|journalism) (?:is|was) (?:funded|made possible|supported) by"
            + " (?:readers|members|supporters|listeners) like you"
            + "|[^.!?]{0,40}\\bto get updates from this (?:writer|author))\\W*$");
    /**
     * A mailed newsletter read on the web: the mail's own lines about itself ("Is this email not displaying correctly?
     * View it in your browser.", "Was this newsletter forwarded to you? Sign up here.", "Update your email preferences or
     * unsubscribe here"), only as a link, never quoted.
     */
    private static final Pattern MAILED_LINE = Pattern.compile("(?i)^\\W*(?:(?:(?:is this (?:email|e-mail|newsletter|message) not displaying (?:correctly|properly)|having trouble"
            + " (?:viewing|reading) this (?:email|e-mail|newsletter|message))\\?\\s*)?(?:view|read|open|see) (?:it|this"
            + " (?:email|e-mail|newsletter|message)|the (?:web|online) version) (?:in|on) (?:your|a|the) (?:web )?browser"
            + "|(?:was|has) this (?:email|e-mail|newsletter|message) (?:been )?forwarded to you\\?(?:\\s*(?:sign up"
            + "|subscribe)\\b[^.!?]{0,60})?"
            // the mail's footer: "Update your email preferences or unsubscribe here", "Unsubscribe from this list"
            + "|(?:(?:want to change how you receive these emails\\?\\s*)?(?:you can )?(?:update|manage|change) your"
            + " (?:email |e-mail |subscription |mailing )?preferences(?: or unsubscribe)?|unsubscribe)(?: from this list)?"
            + "(?: here)?)\\W*$");
    private static final int PROMO_LINE_MAX = 120;
    /**
     * The outlet's appeal for its own reader revenue on a plain line of its own between or after the paragraphs:
     * an ask that speaks of "stories like this" ("Sign up for the Courier's free weekday newsletter to get stories like
     * this one in your inbox.", "Support our nonprofit newsroom. Donate today to keep stories like this free for
     * everyone."), or a bare "Support local journalism." with at most its ask after it ("… Become a member today.").
     * Not "Support for nonprofit news has grown", nor a quote or reported speech; the boxed appeals go by their shape
     * in {@code ContentExtractor}.
     */
    private static final Pattern READER_APPEAL = Pattern.compile("(?i)^\\W*(?:please )?(?:(?:sign up|subscribe|register"
            + "|donate|give)\\b|support (?:us|our|local|independent|nonprofit|public)\\b|become a (?:member|supporter"
            + "|subscriber)\\b|join (?:us|our)\\b)[^\"“”]{0,200}?\\b(?:stories|articles|journalism|reporting|coverage|news)"
            + " like (?:this|these)(?: one)?\\b[^\"“”]{0,100}"
            + "|^\\W*(?:please )?(?:support|donate to|give to) (?:our|local|independent|nonprofit|public) (?:[\\w-]+ ){0,2}"
            + "(?:journalism|newsroom|news|reporting|media|radio)(?:[.!]|\\s*[—–-])(?:\\s*(?:donate|give|subscribe"
            + "|become a (?:member|supporter|subscriber)|join)\\b[^.!?\"“”]{0,100}[.!]?)?");
    private static final int READER_APPEAL_MAX = 250;
    /** Reported speech: "Give what you can, the pastor said, …" is the story's, quotes or none. */
    private static final Pattern REPORTED = Pattern.compile("(?i)\\b(?:said|says|told|tells|wrote|writes|asked|urged"
            + "|added)\\b");
    /**
     * The notices an outlet prints under a story as plain paragraphs, with no class to name them: its copyright
     * ("Copyright 2026 WKVT. All rights reserved.", and the wire's "Copyright 2025 The Associated Press. All rights
     * reserved. This material may not be published, broadcast, rewritten or redistributed.", as thousands of local sites
     * print wire copy), the wire's pointer to its topic page ("Follow AP's coverage of housing at https://…"). A line
     * of its own that opens so: a book excerpt's closing note ("Excerpted from … by Jane Roe. Copyright © 2013 by Jane
     * Roe. Reprinted with permission.") is the text's, and the truth keeps such a note (dev 0371); no dev page's truth
     * keeps an "All rights reserved" line outside code, where a program prints its own.
     */
    private static final Pattern CLOSING_NOTICE = Pattern.compile("(?i)^\\W*(?:copyright\\s*(?:©|\\(c\\))?|©|\\(c\\))\\s*"
            + "(?:(?:19|20)\\d{2}(?:\\s*[-–]\\s*(?:19|20)\\d{2})?,?\\s+)?[^!?]{0,80}?[.,;:–—-]?\\s*all rights reserved\\b"
            + "[.!]?(?:\\s+[^.!?]{0,160}[.!]?)?"
            + "|^\\W*this (?:material|article|story|content) (?:may|must) not be (?:published|reproduced|republished"
            + "|copied|redistributed)\\b[^.!?]{0,100}[.!]?"
            + "|^\\W*(?:follow|find|see|read) (?:more of |all of )?[^.!?]{0,40}?\\bcoverage (?:of|on) [^.!?]{1,80}?"
            + ":? (?:at|here:?|on)\\s+https?://\\S+?\\.?");
    private static final int CLOSING_NOTICE_MAX = 300;
    /**
     * A wire's label over the link to its principles ("Our Standards: The Trust Principles."), under every story it
     * sends: the label and a link, not a sentence about the outlet's standards.
     */
    private static final Pattern STANDARDS_LABEL = Pattern.compile("(?i)^\\W*our (?:editorial )?standards:\\s");
    /** Inside the chosen container most links are the article's own; only near-pure link blocks go. */
    private static final double LINK_DENSITY_MAX = 0.75;
    private static final int HEAD_MAX = 200;
    /** A heading's length at most: longer lines in a heading's markup are text set small or bold. */
    private static final int TRAILING_HEADING_MAX = 150;
    /** A long line in a heading's markup that is a labelled list ("Sources: …"), not a pitch set as a heading. */
    private static final Pattern LABEL_OPENING = Pattern.compile("^\\p{L}+(?: \\p{L}+){0,2}:\\s");

    private BlockFilter() {
    }

    /** The blocks that are the article's words, as text blocks. */
    static List<TextBlock> filter(List<BlockWriter.Block> blocks, String title) {
        return filter(blocks, title, List.of());
    }

    /**
     * As {@link #filter(List, String)}, knowing the moments the page's metadata states for its publication and last
     * change: a date line in the header that shows one of those days with its time of day is the story's stamp.
     */
    static List<TextBlock> filter(List<BlockWriter.Block> blocks, String title, List<OffsetDateTime> stated) {
        String titleKey = Text.key(title);
        List<TextBlock> out = new ArrayList<>();
        boolean sawHeadline = false;
        // DAY_HEADING paragraphs, by identity: furniture only outside the prose
        Set<TextBlock> dayLines = Collections.newSetFromMap(new IdentityHashMap<>());
        // BARE_DURATION lines, by identity: a reading time only above the prose or under its label
        Set<TextBlock> bareTimes = Collections.newSetFromMap(new IdentityHashMap<>());
        // Pages whose source holds UTF-8 already read once as windows-1252 ("letâ\u0080\u0099s") show it repaired, when
        // the page is broken throughout; one or two such blocks are an article quoting mojibake on purpose.
        int broken = 0;
        for (BlockWriter.Block b : blocks) {
            String raw = b.text.toString();
            if (!Text.repairMojibake(raw).equals(raw)) {
                broken++;
            }
        }
        boolean repair = broken >= 3 || broken > 0 && broken * 3 >= blocks.size();
        String[] squashed = new String[blocks.size()];
        for (int i = 0; i < squashed.length; i++) {
            squashed[i] = Text.squash(blocks.get(i).text.toString());
        }
        Set<BlockWriter.Block> linkedTitles = linkedTitles(blocks, squashed);
        Set<BlockWriter.Block> announced = announcedLists(blocks, squashed);
        Set<BlockWriter.Block> mixedItems = linkedItemsOfTextLists(blocks, squashed);
        Set<TextBlock> keptTitles = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int bi = 0; bi < blocks.size(); bi++) {
            BlockWriter.Block b = blocks.get(bi);
            String t = squashed[bi];
            if (b.kind == TextBlock.Kind.PREFORMATTED) {
                t = b.text.toString().strip();
            }
            if (repair) {
                t = Text.repairMojibake(t);
            }
            if (t.isEmpty() || t.length() <= ICON_MAX && b.kind == TextBlock.Kind.PARAGRAPH && ICON_ONLY.matcher(t).matches()) {
                continue;
            }
            int len = t.length();
            double ld = len == 0 ? 0 : (double) b.linkChars / len;
            // A table row with a cell of unlinked words is data, a linked name beside its figure ("Acme Inc." |
            // "$7.7B"), not a menu: on the dev pages the truth keeps all 25 such rows among the text (2 pages).
            if (linkDense(b.kind, len, ld) && !b.plainCell && !numberedItemTitle(b, t) && !linkedTitles.contains(b) && !announced.contains(b) && !mixedItems.contains(b)) {
                continue;
            }
            // Stock lines go, except headings that tell where the article ends (cut below); inline
            // "Related" promos in the middle of an article are not an end.
            if ((isBoilerplateLine(t) || isJumpButton(b.kind, t) || len <= 60 && b.kind != TextBlock.Kind.PREFORMATTED
                        && AUDIO_PLAYER.matcher(t).matches())
                    && !(b.kind == TextBlock.Kind.HEADING && TRAILING_SECTION.matcher(t).find())) {
                continue;
            }
            if (b.kind == TextBlock.Kind.HEADING && !titleKey.isEmpty() && Text.key(t).equals(titleKey)) {
                // Up to 200 characters above the headline (kickers, section labels, breadcrumbs): the text starts below it.
                if (!sawHeadline) {
                    int before = 0;
                    boolean sentence = false; // a lede set above a repeated headline is text, not a kicker
                    for (TextBlock o : out) {
                        before += o.text().length();
                        sentence |= isProse(o);
                    }
                    if (before <= HEAD_MAX && !sentence) {
                        out.clear();
                    }
                }
                sawHeadline = true;
                continue;
            }
            if ((b.kind == TextBlock.Kind.PARAGRAPH || b.kind == TextBlock.Kind.HEADING)
                    && (isPromoLine(t) && !shownAsExample(blocks, squashed, bi)
                        || len <= READER_APPEAL_MAX && READER_APPEAL.matcher(t).matches() && !hasQuotes(t)
                            && !REPORTED.matcher(t).find() || b.linkChars > 0 && t.length() <= PROMO_LINE_MAX && MAILED_LINE.matcher(t).matches() && !hasQuotes(t))) {
                continue;
            }
            if ((b.kind == TextBlock.Kind.PARAGRAPH || b.kind == TextBlock.Kind.HEADING) && len <= CLOSING_NOTICE_MAX
                    && !hasQuotes(t) && (CLOSING_NOTICE.matcher(t).matches()
                        || len <= 80 && b.linkChars * 2 >= len && STANDARDS_LABEL.matcher(t).find())) {
                continue;
            }
            if (len <= 150 && b.kind == TextBlock.Kind.PARAGRAPH && CREDIT_LINE.matcher(t).find()) {
                continue;
            }
            // Code shows a program's output ("Loading data...", a date it prints) as it is: no line rule applies to it.
            boolean dayLine = len <= 40 && DATE_ONLY.matcher(t).matches() && DAY_HEADING.matcher(t).find();
            if (dayLine && b.kind == TextBlock.Kind.PARAGRAPH) {
                TextBlock day = new TextBlock(b.kind, b.level, t);
                dayLines.add(day);
                out.add(day);
                continue;
            }
            if (len <= 40 && b.kind != TextBlock.Kind.PREFORMATTED && BARE_DURATION.matcher(t).matches()) {
                TextBlock time = new TextBlock(b.kind, b.level, t);
                bareTimes.add(time);
                out.add(time);
                continue;
            }
            if (len <= 40 && b.kind != TextBlock.Kind.PREFORMATTED && (DATE_ONLY.matcher(t).matches() && !dayLine
                    || AGE_OR_READING_TIME.matcher(t).matches()
                    || COUNTER_LINE.matcher(t).matches() || LOADING_LINE.matcher(t).matches() || readingTimeAndDate(t))) {
                continue;
            }
            // Not the article's words: affiliate disclosures, "Updated on ..." lines, the headline again, bylines.
            if (len <= 300 && b.kind != TextBlock.Kind.QUOTE && DISCLOSURE.matcher(t).find() && DISCLOSURE_FRAME.matcher(t).find()
                    && !hasQuotes(t) || len <= 80 && (DATELINE_LINE.matcher(t).find() || REVIEWED_LINE.matcher(t).matches())
                    || !titleKey.isEmpty() && Text.key(t).equals(titleKey) || len <= 60 && (BYLINE_LINE.matcher(t).matches()
                    || b.kind == TextBlock.Kind.PARAGRAPH && LABELLED_BYLINE.matcher(t).matches())) {
                continue;
            }
            TextBlock kept = new TextBlock(b.kind, b.level, t);
            if (linkedTitles.contains(b)) {
                keptTitles.add(kept);
            }
            out.add(kept);
        }
        dropDayLinesOutsideProse(out, dayLines);
        dropReadingTimes(out, bareTimes);
        dropHeaderStamps(out, stated);
        cutAtTrailingSection(out, keptTitles);
        if (!out.isEmpty() && out.get(out.size() - 1).text().length() <= 300
                && FEED_FOOTER.matcher(out.get(out.size() - 1).text()).matches()) {
            out.remove(out.size() - 1); // the feed's footer ends the post; the same words inside it are a sentence
        }
        dropWriterBio(out);
        dropPlaceholders(out);
        dropCutExcerpts(out);
        out.removeIf(b -> isBoilerplateLine(b.text()) || b.kind() == TextBlock.Kind.PARAGRAPH && bareByLabel(b.text()));
        // A heading with nothing after it introduced something that was removed ("Related posts"); a line longer than
        // any title set in a heading's type (an h6 "Sources: …" listing the works cited) introduces nothing.
        // A rule of dashes or underscores left last separated the text from a note that went ("___" over a wire's
        // "Follow AP's coverage …").
        while (!out.isEmpty() && (out.get(out.size() - 1).kind() == TextBlock.Kind.HEADING
                && !(out.get(out.size() - 1).text().length() > TRAILING_HEADING_MAX
                    && LABEL_OPENING.matcher(out.get(out.size() - 1).text()).find())
                || out.get(out.size() - 1).kind() == TextBlock.Kind.PARAGRAPH
                    && RULE_ONLY.matcher(out.get(out.size() - 1).text()).matches())) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /**
     * A heading numbered as an item of the article's own ranked list, its name linked to the thing ("2. <a>Ratio Six
     * Coffee Maker</a>", "#3 <a>Purple Carrot</a>"): the item's title, whatever follows it (a spec list, a pros and
     * cons box, a label) — a number printed before a link is the article's count, not a menu's. On the dev pages the
     * truth keeps 163 of 165 such headings among the text (the other two on one page).
     */
    private static boolean numberedItemTitle(BlockWriter.Block b, String t) {
        return b.kind == TextBlock.Kind.HEADING && b.linkChars < t.length() && ITEM_NUMBER.matcher(t).find();
    }

    /** An item's number opening a heading: "2. ", "3) ", "#4 ", "5: ". */
    private static final Pattern ITEM_NUMBER = Pattern.compile("^(?:#\\s?\\d{1,3}|\\d{1,3}[.):])\\s+\\S");

    private static boolean linkDense(TextBlock.Kind kind, int len, double ld) {
        return ld > LINK_DENSITY_MAX && !(kind == TextBlock.Kind.PARAGRAPH && len > 200 && ld < 0.9);
    }

    /**
     * The linked titles of a page made of linked items, each over its own text: a listicle's item headings linking to
     * the thing, a guide's steps, a hub page's sections, each a heading or a list item that is wholly a link, followed
     * by a sentence or two of unlinked description (at most two short credit or label lines between: "Total reviews:
     * 726", "Average rating: 4.9"), in paragraphs or in the rows of a table laid out under each title. Three or more
     * such make a structure of the article, and their titles are its words. Not a run of links (a table of contents, a
     * menu, a "More …" list: each title must not follow a link block of its own kind), nor a teaser whose excerpt is
     * cut short ("…"), nor a lone linked line set between paragraphs (an inline "Read next").
     */
    private static Set<BlockWriter.Block> linkedTitles(List<BlockWriter.Block> blocks, String[] texts) {
        int n = blocks.size();
        boolean[] dense = new boolean[n];
        for (int i = 0; i < n; i++) {
            BlockWriter.Block b = blocks.get(i);
            int len = texts[i].length();
            dense[i] = len > 0 && linkDense(b.kind, len, (double) b.linkChars / len);
        }
        Set<BlockWriter.Block> titles = Collections.newSetFromMap(new IdentityHashMap<>());
        int text = before(texts, dense, n);
        int firstAt = -1; // unlinked text before the first title
        boolean[] item = new boolean[n];
        int firstItem = -1;
        for (int i = 0; i < n; i++) {
            BlockWriter.Block b = blocks.get(i);
            // a headline linking to a dated page is another story's (a news rail), not an item of this one
            if (b.linkChars == 0 || b.linksToDatedPage || texts[i].length() > TITLE_MAX || POINTER_LABEL.matcher(texts[i]).find()
                    || SPONSORED.matcher(texts[i]).find() || isStockLabel(texts[i])
                    || b.kind != TextBlock.Kind.HEADING && b.kind != TextBlock.Kind.LIST_ITEM) {
                continue;
            }
            int p = i - 1;
            while (p >= 0 && texts[p].isEmpty()) {
                p--;
            }
            if (dense[i] && p >= 0 && dense[p] && blocks.get(p).kind == b.kind && blocks.get(p).level == b.level) {
                continue; // in a run of links
            }
            item[i] = described(blocks, texts, dense, i);
            if (item[i] && firstItem < 0) {
                firstItem = i;
            }
            if (item[i] && dense[i]) {
                if (titles.isEmpty()) {
                    firstAt = before(texts, dense, i);
                }
                titles.add(b);
            }
        }
        // The items are the page's body, beginning in its first half, not a list of other stories after it ("More
        // from the newsroom": linked headlines over one-sentence standfirsts below the article)
        if (titles.size() >= TITLES_MIN && firstAt <= text * FIRST_TITLE_BEFORE) {
            return titles;
        }
        return !titles.isEmpty() && itemRun(blocks, item, firstItem, text, texts, dense) ? titles : Set.of();
    }

    /**
     * The items of a list that the words before it announce with a colon, kept even when each is a link: a list set
     * inside a list item whose own unlinked words end with one ("Buying options:" over links to three shops, "Snacks
     * such as:" over linked brands), or a list right after a sentence of the text that does ("Many patches were sent
     * for review:", "Here are some of the free courses offered:") or under a subhead that does ("Supply list:", two
     * items or more: one alone is a pointer, "Mentioned in the video:"), or two or more lines after such a sentence
     * that are mostly a link ("For more on the subject, try these:" over a linked headline per paragraph). A label or a
     * sentence that points away or is a stock line ("Related:", "Tags:", "You may also be interested in these
     * articles:", "More on Wharton:") announces links to other pages, and a list of links under a heading without a
     * colon or a linked item (a table of contents) is not announced so. On the dev pages the truth keeps such lists
     * after a sentence in 24 pages and drops them in 8 (a firm's "Check out these resources:"), keeps them under a
     * list item's label in all 3, and under a subhead's in 3 pages of 4 (not a firm's "MBA Industry Reports:").
     */
    private static Set<BlockWriter.Block> announcedLists(List<BlockWriter.Block> blocks, String[] texts) {
        Set<BlockWriter.Block> items = Collections.newSetFromMap(new IdentityHashMap<>());
        int announcedLevel = -1; // the level of the list announced by the last block, -1 when none is
        boolean linkLines = false; // after a sentence announcing, or in a run of linked lines it announced
        boolean bySentence = false; // the group was announced by a sentence or a subhead, not by an item's label
        boolean bySubhead = false; // by a subhead: one linked item under it is a pointer ("Mentioned in the video:")
        List<BlockWriter.Block> group = new ArrayList<>(); // the announced list's items
        List<BlockWriter.Block> lines = new ArrayList<>(); // linked lines after a sentence, kept two or more
        int groupEnd = -1;
        TextAfter after = null;
        for (int i = 0; i <= blocks.size(); i++) {
            BlockWriter.Block b = i < blocks.size() ? blocks.get(i) : null;
            if (b != null && texts[i].isEmpty()) {
                continue;
            }
            if (b != null && b.kind == TextBlock.Kind.LIST_ITEM && b.level == announcedLevel) {
                group.add(b);
                groupEnd = i;
            } else if (b != null && linkLines && b.kind == TextBlock.Kind.PARAGRAPH && b.linkChars * 2 >= texts[i].length()
                    && !BlockWriter.ACTION_LABEL.matcher(texts[i]).find() && !POINTER_LABEL.matcher(texts[i]).find()) {
                lines.add(b); // "For more on the subject, try these:" over a linked headline per line
                groupEnd = i;
                announcedLevel = -1;
            } else {
                if (lines.size() >= LINK_LINES_MIN) {
                    group.addAll(lines);
                }
                if (group.size() >= (bySubhead ? LINK_LINES_MIN : 1) && bySentence && after == null) {
                    after = new TextAfter(blocks, texts);
                }
                if (group.size() >= (bySubhead ? LINK_LINES_MIN : 1)
                        && (!bySentence || announcedByText(after, group, groupEnd))) {
                    items.addAll(group);
                }
                group.clear();
                lines.clear();
                if (b == null) {
                    break;
                }
                announcedLevel = !announces(b, texts[i]) ? -1 : b.kind == TextBlock.Kind.LIST_ITEM ? b.level + 1 : 1;
                linkLines = announcedLevel == 1 && b.kind == TextBlock.Kind.PARAGRAPH;
                bySentence = announcedLevel == 1; // by a sentence or a subhead: the text must go on after the list
                bySubhead = bySentence && b.kind == TextBlock.Kind.HEADING;
            }
        }
        return items;
    }

    /**
     * The wholly linked items of a list whose other items are the text's words: a checklist's "Tent" linked to a
     * review beside "Rainfly" and "Tent poles or trekking poles", ingredients linked to a shop beside plain ones.
     * A list with at least {@value #TEXT_ITEMS_MIN} items of unlinked words, as many as its linked ones, is written
     * for reading, and a linked item that names a thing in a few words (up to {@value #NAME_WORDS_MAX}) is one of its
     * entries. Not a button ("Learn more", "Add to list →", "Go to site") nor a related story's headline set among
     * them (a link to a dated page), nor a link to the site's indexes, a social network or a home page
     * ({@link #SITE_INDEX_LINK}); prices, figures and a pager's page numbers are not words; a menu, a table of contents or a list of related stories is links
     * throughout.
     */
    private static Set<BlockWriter.Block> linkedItemsOfTextLists(List<BlockWriter.Block> blocks, String[] texts) {
        Map<Integer, int[]> counts = new HashMap<>(); // list -> {items of words, linked items}
        boolean[] dense = new boolean[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            BlockWriter.Block b = blocks.get(i);
            if (b.list != 0 && !texts[i].isEmpty()) {
                int len = texts[i].length();
                dense[i] = linkDense(b.kind, len, (double) b.linkChars / len);
                if (dense[i] || Character.isLetter(texts[i].codePointAt(0))) {
                    counts.computeIfAbsent(b.list, k -> new int[2])[dense[i] ? 1 : 0]++;
                }
            }
        }
        Set<BlockWriter.Block> items = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < blocks.size(); i++) {
            BlockWriter.Block b = blocks.get(i);
            int[] c = dense[i] ? counts.get(b.list) : null;
            if (c != null && c[0] >= TEXT_ITEMS_MIN && c[0] >= c[1] && Character.isLetter(texts[i].codePointAt(0))
                    && texts[i].split(" ").length <= NAME_WORDS_MAX
                    && !BlockWriter.ACTION_LABEL.matcher(texts[i]).find() && !texts[i].regionMatches(true, 0, "go to ", 0, 6)
                    && !b.linksToDatedPage && (b.linkHref == null || !SITE_INDEX_LINK.matcher(b.linkHref).find())
                    && !HOME_WORD.matcher(texts[i]).find()
                    && "→›»".indexOf(texts[i].charAt(texts[i].length() - 1)) < 0) {
                items.add(b);
            }
        }
        return items;
    }

    /**
     * Where a link leads to the site's indexes or to a social network, not to the thing an item names: a topic's,
     * tag's, category's or section's page ("Valley water coverage"), an event on Facebook.
     */
    private static final Pattern SITE_INDEX_LINK = Pattern.compile("(?i)/(?:tags?|topics?|category|categories|section|sections)/"
            + "|^(?:https?:)?//(?:[\\w-]+\\.)*(?:facebook|instagram|twitter|x|tiktok|linkedin|pinterest|youtube|threads)\\.(?:com|net)(?:/|$)");
    /** A link to a home page: "Utilities home", "Home". */
    private static final Pattern HOME_WORD = Pattern.compile("(?i)\\bhome(?:page)?$");
    private static final int TEXT_ITEMS_MIN = 2;
    private static final int NAME_WORDS_MAX = 5;

    /**
     * Whether the list a sentence announced is the text's own: prose of the text follows it, not another lead-in nor an
     * affiliate disclosure (a list of other stories,
     * of the site's newsletters or of the writer's profiles ends an article: "Here are some other stories you might
     * like:"), no item links to a dated page (another story), and no item's words are a heading below (a table of
     * contents: "In this article, we'll cover the following:").
     */
    private static boolean announcedByText(TextAfter after, List<BlockWriter.Block> group, int end) {
        for (BlockWriter.Block g : group) {
            if (g.linksToDatedPage || after.lastHeading.getOrDefault(Text.key(Text.squash(g.text.toString())), -1) > end) {
                return false;
            }
        }
        return end + 1 < after.proseFrom.length && after.proseFrom[end + 1];
    }

    /**
     * What follows each block, read once for all the lists of a page: whether a paragraph of the text's prose comes
     * at or after an index, and the last index at which each heading's words stand.
     */
    private static final class TextAfter {
        final boolean[] proseFrom;
        final Map<String, Integer> lastHeading = new HashMap<>();

        TextAfter(List<BlockWriter.Block> blocks, String[] texts) {
            proseFrom = new boolean[blocks.size() + 1];
            for (int j = blocks.size() - 1; j >= 0; j--) {
                BlockWriter.Block o = blocks.get(j);
                proseFrom[j] = proseFrom[j + 1] || o.kind == TextBlock.Kind.PARAGRAPH && o.linkChars * 4 <= texts[j].length()
                        && texts[j].split(" ").length >= INTRO_WORDS_MIN && !texts[j].endsWith(":")
                        && !DISCLOSURE.matcher(texts[j]).find();
                if (o.kind == TextBlock.Kind.HEADING) {
                    lastHeading.putIfAbsent(Text.key(texts[j]), j);
                }
            }
        }
    }

    /**
     * An item's or a subhead's unlinked label ("Where to buy:", "Supply list:") or a sentence of the text (six words or
     * more) ending with a colon.
     */
    private static boolean announces(BlockWriter.Block b, String t) {
        boolean label = (b.kind == TextBlock.Kind.LIST_ITEM || b.kind == TextBlock.Kind.HEADING && KIT_LABEL.matcher(t).find())
                && b.linkChars == 0;
        boolean sentence = b.kind == TextBlock.Kind.PARAGRAPH && b.linkChars <= t.length() * 0.25
                && t.split(" ").length >= INTRO_WORDS_MIN;
        return (label || sentence) && t.endsWith(":") && !POINTER_LABEL.matcher(t).find() && !isStockLabel(t)
                && !PROFILES_LABEL.matcher(t).find() && !(sentence && OWN_COVERAGE.matcher(t).find());
    }

    /**
     * A subhead naming what to get for the task ("Supply list:", "What you'll need:", "Kitchen gear:", "Ingredients:"):
     * the links under it are the things to get. Under any other subhead ending with a colon ("Further reading:", "Top
     * stories:", "Elsewhere on the site:", "Our partners:") a list of links points away.
     */
    private static final Pattern KIT_LABEL = Pattern.compile("(?i)\\b(?:suppl(?:y|ies)|ingredients?|tools?|materials?"
            + "|equipment|kit|gear|packing|to pack|to bring|you(?:'|’)?ll need|you need|you will need|needed|checklist"
            + "|shopping list|where to buy|buying options)\\b");

    /**
     * A label over the site's or the writer's profiles, share or save buttons or app stores ("Share this guide:",
     * "Follow us:", "Get our recipe app:"). Shops under "Where to buy:" are the item's: the dev pages' truth keeps them.
     */
    private static final Pattern PROFILES_LABEL = Pattern.compile("(?i)^\\W*(?:share|follow|connect|subscribe|sign up"
            + "|find (?:us|me|him|her|them|the author)|save|pin|bookmark|get (?:our|the) (?:\\w+ )?app|download)\\b");
    /**
     * A sentence announcing the outlet's own stories or the apps to hear or see it on ("The Courier has been following
     * the flooding since …:", "You can catch up with these stories:", "Listen to the full episode on these apps:", "our
     * editors also recommend these guides:").
     */
    private static final Pattern OWN_COVERAGE = Pattern.compile("(?i)\\b(?:our (?:\\w+ )?(?:coverage|reporting|stories"
            + "|articles|posts|series|archive)|ha(?:s|ve) (?:been following|covered|reported on)|catch up"
            + "|(?:listen|watch|stream|download|subscribe)\\b.* on (?:these|the following|your favou?rite)"
            + "|these (?:apps|platforms|services below)|recommend (?:these|the following)|(?:other|more) (?:guides|stories"
            + "|articles|posts) (?:you|to)|(?:we|I) have written (?:more )?about)\\b");

    private static final int INTRO_WORDS_MIN = 6;
    /** One linked line after a sentence's colon is a button or a pointer ("Find a lender", "Get the chart"). */
    private static final int LINK_LINES_MIN = 2;

    /**
     * Whether the item's title is followed by its description, at most {@link #TITLE_LABELS_MAX} short label lines
     * between; a date among them makes it another story's teaser (a headline over its date and byline).
     */
    private static boolean described(List<BlockWriter.Block> blocks, String[] texts, boolean[] dense, int i) {
        for (int j = i + 1, seen = 0; j < blocks.size() && seen <= TITLE_LABELS_MAX; j++) {
            if (texts[j].isEmpty()) {
                continue;
            }
            seen++;
            if (dense[j]) {
                return false;
            }
            if (isDescription(blocks.get(j), texts[j])) {
                return true;
            }
            if (texts[j].length() > TITLE_LABEL_MAX || blocks.get(j).kind != TextBlock.Kind.PARAGRAPH
                    && blocks.get(j).kind != TextBlock.Kind.TABLE_ROW || DATE_ONLY.matcher(texts[j]).matches()) {
                return false;
            }
        }
        return false;
    }

    /**
     * Items whose titles are only partly linked ("<a>Martha Knows Best</a> HGTV") are kept by link density; the wholly
     * linked ones among them are titles too when they are all of one run: {@link #TITLES_MIN} or more items, the first
     * in the page's first half, and every heading of their kind and level from the first item on is a linked item,
     * the wholly linked ones leading to a site the partly linked ones lead to (not the site's own series after them)
     * and not a call to act ("Listen to The Simmer Show": the site's promo for its own show on the same platform).
     */
    private static boolean itemRun(List<BlockWriter.Block> blocks, boolean[] item, int first, int text, String[] texts,
            boolean[] dense) {
        if (first < 0 || before(texts, dense, first) > text * FIRST_TITLE_BEFORE) {
            return false;
        }
        BlockWriter.Block head = blocks.get(first);
        Set<String> hosts = new HashSet<>();
        for (int i = first; i < blocks.size(); i++) {
            if (item[i] && !dense[i] && blocks.get(i).linkHref != null) {
                hosts.add(hostOf(blocks.get(i).linkHref));
            }
        }
        int items = 0;
        for (int i = first; i < blocks.size(); i++) {
            BlockWriter.Block b = blocks.get(i);
            if (b.kind == head.kind && b.level == head.level && !texts[i].isEmpty()) {
                if (!item[i] || dense[i] && (!hosts.contains(hostOf(b.linkHref))
                        || BlockWriter.ACTION_LABEL.matcher(texts[i]).find())) {
                    return false;
                }
                items++;
            } else if (item[i]) {
                return false;
            }
        }
        return items >= TITLES_MIN;
    }

    /** A link's host, lower-cased; "" for a relative link (the page's own site) and "null" for none. */
    private static String hostOf(String href) {
        return href == null ? "null" : MetadataReader.host(href).toLowerCase(Locale.ROOT);
    }

    /**
     * A sentence or more of mostly unlinked words: an item's description, or the sentence leading into its list ("The
     * service offers four suites for building models:"); not a label ("Pros:") nor an excerpt cut short ("…").
     */
    private static boolean isDescription(BlockWriter.Block b, String t) {
        return (b.kind == TextBlock.Kind.PARAGRAPH || b.kind == TextBlock.Kind.LIST_ITEM || b.kind == TextBlock.Kind.TABLE_ROW)
                && b.linkChars <= t.length() * 0.25 && t.split(" ").length >= 6 && SENTENCE_END.matcher(t).find();
    }

    private static final Pattern SENTENCE_END = Pattern.compile("[^.][.!?:][\"”’)]?$");
    /** "Related: …", "Read more: …", "See also - …": the label of a pointer to another story set into this one. */
    private static final Pattern POINTER_LABEL = Pattern.compile("(?i)^\\W*(?:related(?: \\w+)?|(?:read|see|watch|listen)"
            + "(?: more| next| also| this)?|also (?:read|see)|more(?: (?:on|from|about)(?: [\\w'’&.-]+){1,4})?|recommended"
            + "|don'?t miss|must read|trending|popular|suggested(?: \\w+)?)\\s*[:|»›>–—-]");
    /** "… (Sponsored)", "Sponsored: …", "Partner content": an advertiser's box set among the items. */
    private static final Pattern SPONSORED = Pattern.compile("(?i)\\b(?:sponsored|advertisement|partner content|paid post)\\b");
    private static final int TITLE_MAX = 150;
    private static final int TITLE_LABEL_MAX = 60;
    /** The short lines an item may set between its title and its description: a credit, a price, a rating. */
    private static final int TITLE_LABELS_MAX = 2;
    private static final int TITLES_MIN = 3;
    private static final double FIRST_TITLE_BEFORE = 0.5;

    /** Characters of unlinked text in the blocks before {@code end}. */
    private static int before(String[] texts, boolean[] dense, int end) {
        int n = 0;
        for (int i = 0; i < end; i++) {
            if (!dense[i]) {
                n += texts[i].length();
            }
        }
        return n;
    }

    /**
     * A paragraph that introduces a person by their trade ("Jane Roe is a freelance writer …") as the very first or
     * very last block is the writer's bio beside the article, not its words.
     */
    private static void dropWriterBio(List<TextBlock> blocks) {
        if (blocks.size() < 4) {
            return;
        }
        for (int i : new int[] {blocks.size() - 1, 0}) {
            String t = blocks.get(i).text();
            if (blocks.get(i).kind() == TextBlock.Kind.PARAGRAPH && t.length() <= 600 && BIO_OPENING.matcher(t).find()
                    && BIO_ROLE.matcher(t.substring(0, Math.min(200, t.length()))).find()) {
                blocks.remove(i);
            }
        }
    }

    /**
     * A strip of other stories' excerpts, cut short by a machine: three or more paragraphs each ending in an ellipsis
     * glued to a word ("… on Tuesday, December 1...") or a "[…]", of one length (cut at a number of characters) or one
     * word count (cut at a number of words), with at most {@value #EXCERPT_GAP_MAX} short label lines of a card
     * ("Front Page", a date) between them. Their linked headlines went as links and the excerpts would read as the
     * article's. The labels between them and as many before the first go with them. A writer's own lines trailing off
     * ("… why it took me so long…") differ in length; a page of nothing but such excerpts keeps them.
     */
    private static void dropCutExcerpts(List<TextBlock> blocks) {
        List<Integer> run = new ArrayList<>(); // indexes of the excerpts in the current strip
        Set<TextBlock> gone = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i <= blocks.size(); i++) {
            if (i < blocks.size() && !isCutExcerpt(blocks.get(i))) {
                continue;
            }
            if (i < blocks.size() && (run.isEmpty() || cardLabelsBetween(blocks, run.get(run.size() - 1), i))) {
                run.add(i);
                continue;
            }
            if (run.size() >= EXCERPTS_MIN && cutByMachine(blocks, run) && teaserStrip(blocks, run)) {
                int first = run.get(0);
                int labels = run.get(1) - first - 1;
                for (int j = first - 1; j >= Math.max(0, first - labels) && isCardLabel(blocks.get(j)); j--) {
                    gone.add(blocks.get(j));
                }
                gone.addAll(blocks.subList(first, run.get(run.size() - 1) + 1));
            }
            run.clear();
            if (i < blocks.size()) {
                run.add(i);
            }
        }
        if (!gone.isEmpty() && gone.size() < blocks.size()) {
            blocks.removeIf(gone::contains);
        }
    }

    /**
     * Whether a strip of cut excerpts reads as other stories' teasers, not the text's own: nothing of the text's prose
     * after it but more excerpts trailing off (a story quoting three truncated message previews goes on), not announced by the line before it ("The
     * previews read:"), and less than half of the page (a digest's or an archive's summaries are its text).
     */
    private static boolean teaserStrip(List<TextBlock> blocks, List<Integer> run) {
        int first = run.get(0);
        int last = run.get(run.size() - 1);
        if (first > 0 && blocks.get(first - 1).text().endsWith(":")) {
            return false;
        }
        int strip = 0;
        int total = 0;
        for (int j = 0; j < blocks.size(); j++) {
            int len = blocks.get(j).text().length();
            total += len;
            strip += j >= first && j <= last ? len : 0;
            if (j > last && isProse(blocks.get(j)) && ellipsisAt(blocks.get(j).text()) == 0) {
                return false;
            }
        }
        return strip * 2 < total;
    }

    private static final int EXCERPTS_MIN = 3;
    /** An excerpt is a sentence or more cut short; a shorter line trailing off is a line of dialogue or a pause. */
    private static final int EXCERPT_MIN = 80;
    /** Lines a card sets beside its excerpt: a section label, a date, a byline. */
    private static final int EXCERPT_GAP_MAX = 2;
    private static final int CARD_LABEL_MAX = 40;
    /** Characters a cut at a fixed length may differ by: spaces trimmed, a character the CMS counted as two. */
    private static final int EXCERPT_LENGTH_SLACK = 4;

    /** A paragraph cut off by a "..." or "…" right after a letter or digit, or by a bracketed "[…]" / "[...]". */
    private static boolean isCutExcerpt(TextBlock b) {
        String t = b.text();
        if (b.kind() != TextBlock.Kind.PARAGRAPH || t.length() < EXCERPT_MIN) {
            return false;
        }
        int mark = ellipsisAt(t);
        return mark < 0 || mark > 0 && Character.isLetterOrDigit(t.charAt(t.length() - mark - 1));
    }

    /** How a text trails off: -1 for a bracketed "[…]" or "[...]", else the length of a closing "..." or "…", or 0. */
    private static int ellipsisAt(String t) {
        return t.endsWith("[…]") || t.endsWith("[...]") ? -1 : t.endsWith("...") ? 3 : t.endsWith("…") ? 1 : 0;
    }

    /** Only a card's short labels, at most {@link #EXCERPT_GAP_MAX} of them, stand between blocks {@code a} and {@code b}. */
    private static boolean cardLabelsBetween(List<TextBlock> blocks, int a, int b) {
        if (b - a - 1 > EXCERPT_GAP_MAX) {
            return false;
        }
        for (int j = a + 1; j < b; j++) {
            if (!isCardLabel(blocks.get(j))) {
                return false;
            }
        }
        return true;
    }

    /** A short line that is not a sentence: a section's name, a date, a writer's name over a card's excerpt. */
    private static boolean isCardLabel(TextBlock b) {
        String t = b.text();
        char last = t.charAt(t.length() - 1);
        return (b.kind() == TextBlock.Kind.PARAGRAPH || b.kind() == TextBlock.Kind.HEADING)
                && t.length() <= CARD_LABEL_MAX && last != '.' && last != '!' && last != '?' && last != ':';
    }

    /** The excerpts were cut at one length in characters or one count of words, as a template cuts them. */
    private static boolean cutByMachine(List<TextBlock> blocks, List<Integer> run) {
        int minLen = Integer.MAX_VALUE;
        int maxLen = 0;
        Set<Integer> words = new HashSet<>();
        for (int i : run) {
            String t = blocks.get(i).text();
            minLen = Math.min(minLen, t.length());
            maxLen = Math.max(maxLen, t.length());
            words.add(t.split(" ").length);
        }
        return maxLen - minLen <= EXCERPT_LENGTH_SLACK || words.size() == 1;
    }

    /**
     * "By" or "By:" alone on a line: a byline whose name, a link to the writer's page, went with the links. It goes,
     * and below the text it may open the writer's box ({@link #opensWritersBox}), whose bio ends the article as a
     * trailing section does. Only as a paragraph: a catalogue's "By:" item over its authors' names is a field of the
     * entry.
     */
    private static boolean bareByLabel(String t) {
        return t.equalsIgnoreCase("by") || t.equalsIgnoreCase("by:");
    }

    /**
     * Whether the bare "By" at {@code i} heads the writer's box: the page's only one (a newsletter's stories, letters
     * or poems each under a "By:" are the text), with no more than a bio after it, one that names a writing trade.
     */
    private static boolean opensWritersBox(List<TextBlock> blocks, int i) {
        int after = 0;
        for (int j = i + 1; j < blocks.size(); j++) {
            after += blocks.get(j).text().length();
        }
        if (i + 1 >= blocks.size() || blocks.size() - i - 1 > WRITERS_BOX_BLOCKS || after > WRITERS_BOX_MAX) {
            return false;
        }
        for (int j = 0; j < blocks.size(); j++) {
            if (j != i && blocks.get(j).kind() == TextBlock.Kind.PARAGRAPH && bareByLabel(blocks.get(j).text())) {
                return false;
            }
        }
        String next = blocks.get(i + 1).text();
        return BIO_ROLE.matcher(next.substring(0, Math.min(200, next.length()))).find();
    }

    private static final int WRITERS_BOX_BLOCKS = 3;
    private static final int WRITERS_BOX_MAX = 800;

    /** A paragraph of eight words or more ending a sentence: the story's prose, not a label or a date line. */
    private static boolean isProse(TextBlock b) {
        return b.kind() == TextBlock.Kind.PARAGRAPH && b.text().split(" ").length >= 8
                && b.text().matches(".*[.!?\"”’]$");
    }

    /**
     * The bare durations that are the article's reading time ({@link #BARE_DURATION}): above the first paragraph of
     * prose or right under a standfirst at the top (no heading before), or under a "Reading time" label of their own
     * above the second paragraph or, with no heading before, among the header's lines after a standfirst, the label
     * going with them. Under a section's heading or beside another span of time ("Working time"), "Reading time" and
     * "10 mins" are an exam's or a course's parts.
     */
    private static void dropReadingTimes(List<TextBlock> blocks, Set<TextBlock> bareTimes) {
        if (bareTimes.isEmpty()) {
            return;
        }
        int prose = 0;
        boolean headingBefore = false;
        Set<TextBlock> drop = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock b = blocks.get(i);
            if (!bareTimes.contains(b)) {
                prose += isProse(b) ? 1 : 0;
                headingBefore |= b.kind() == TextBlock.Kind.HEADING;
                continue;
            }
            if (i > 0 && READING_TIME_LABEL.matcher(blocks.get(i - 1).text()).matches()
                    && (prose <= 1 || !headingBefore && !otherTimeNear(blocks, i))) {
                drop.add(blocks.get(i - 1));
                drop.add(b);
            } else if (prose == 0 || prose == 1 && i <= 2 && !headingBefore && isProse(blocks.get(i - 1))) {
                drop.add(b); // above the text, or right under a standfirst at its top
            }
        }
        blocks.removeIf(drop::contains);
    }

    /**
     * The lines of a news story's header left above its first paragraph of prose, on a page that has one (the article's
     * stamps, set in elements no class names): a date line with its time of day and a publication label ("Posted
     * Wednesday, March 5, 2025 10:30 am", "Dec 1, 2025 Updated Dec 1, 2025 4:02pm MST", "Publicado el 8 de noviembre
     * de 2025 Actualizado el …, 6:10 p.m.", also after a byline: "By Jane Roe Editor Posted …"), or with its time
     * alone on a day the page's metadata states for its publication or last change ("October 21, 2025 at 12:40 p.m."),
     * and the separators left between a byline's removed parts ("–", "|"); also what a platform's header leaves once its
     * buttons and links went: a count without words (the claps "412", an empty count's "--") and a label whose linked
     * value went ("Published in" over the publication's name, "Posted by"). A line, not a sentence: "Last updated on
     * December 20, 2024." and "Originally published in March 2022." stay as the truth keeps them (dev 0127, 0250), and
     * so does an event page's "Saturday 17 May 2025, 10:00", which no metadata states as the page's own date.
     */
    private static void dropHeaderStamps(List<TextBlock> blocks, List<OffsetDateTime> stated) {
        Set<TextBlock> drop = Collections.newSetFromMap(new IdentityHashMap<>());
        for (TextBlock b : blocks) {
            String t = b.text();
            boolean line = b.kind() == TextBlock.Kind.PARAGRAPH && t.length() <= STAMP_MAX;
            if (line && (SEPARATOR_ONLY.matcher(t).matches() || isStamp(t, stated)
                    || t.length() <= BARE_COUNT_MAX && NO_LETTER.matcher(t).matches() || DANGLING_LABEL.matcher(t).matches())) {
                drop.add(b); // a stamp ending in "p.m." reads as a sentence: it is not yet the prose
            } else if (isProse(b)) {
                blocks.removeIf(drop::contains);
                return;
            }
        }
        // no prose on the page: a listing of dated lines, left as it is
    }

    private static boolean isStamp(String t, List<OffsetDateTime> stated) {
        return STAMP_YEAR.matcher(t).find() && CLOCK.matcher(t).find() && t.split(" ").length <= STAMP_WORDS_MAX
                && !(SENTENCE_END.matcher(t).find() && !CLOCK_END.matcher(t).find())
                && (STAMP_LABEL.matcher(t).find() || DATE_AND_TIME.matcher(t).matches() && onStatedDay(t, stated));
    }

    /** Whether a date line shows a day the metadata states (a day either side: the line is in the outlet's zone). */
    private static boolean onStatedDay(String t, List<OffsetDateTime> stated) {
        OffsetDateTime shown = stated.isEmpty() ? null : DateParser.parse(t);
        if (shown == null) {
            return false;
        }
        LocalDate day = shown.toLocalDate();
        for (OffsetDateTime s : stated) {
            for (LocalDate d : new LocalDate[] {s.toLocalDate(), s.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate()}) {
                if (Math.abs(d.toEpochDay() - day.toEpochDay()) <= 1) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A paragraph with nothing to read: joiners and marks only (a site builder's empty paragraph holds a zero-width
     * joiner), or the one or two emoji of a callout box's icon ("💡" drawn beside its note, which the truth leaves
     * out). Stars or ticks ("★★★★★", "✓") are a rating's or a list's, and stay.
     */
    private static final Pattern ICON_ONLY = Pattern.compile("[\\u200b-\\u200d\\u2060\\ufe0f\\s]*"
            + "(?:[\\x{1F000}-\\x{1FAFF}][\\x{1F3FB}-\\x{1F3FF}\\u200d\\ufe0f]*){0,2}");
    private static final int ICON_MAX = 12;
    private static final int STAMP_MAX = 120;
    private static final int BARE_COUNT_MAX = 12;
    /** No letter: a count or a mark. Not a rule of underscores, which the truth keeps where it stands (dev 4349). */
    private static final Pattern NO_LETTER = Pattern.compile("[^\\p{L}_]+");
    /** A label of up to three words left without its value: "Published in", "Posted by", "Filed in:". */
    private static final Pattern DANGLING_LABEL = Pattern.compile("\\p{Lu}\\p{Ll}+(?: \\p{L}+){0,2} (?:in|by|on):?");
    private static final int STAMP_WORDS_MAX = 20;
    private static final Pattern STAMP_YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");
    /** A time of day: "10:30", "4:02pm", "12:40 p.m.", "9 a.m.". */
    private static final Pattern CLOCK = Pattern.compile("(?i)\\b\\d{1,2}:\\d{2}\\b|\\b\\d{1,2}\\s?[ap]\\.?m\\b");
    private static final Pattern CLOCK_END = Pattern.compile("(?i)\\b[ap]\\.m\\.$");
    /** The words that label a story's date in its header, in the languages of the dev and review pages and their kin. */
    private static final Pattern STAMP_LABEL = Pattern.compile("(?i)\\b(?:posted|published|updated|modified|publicado"
            + "|actualizado|atualizado|publi[ée]|mis à jour|ver[öo]ffentlicht|aktualisiert|pubblicato|aggiornato)\\b");
    /** A date and its time of day and nothing else: "October 21, 2025 at 12:40 p.m.", "21 Oct 2025, 14:05 BST". */
    private static final Pattern DATE_AND_TIME = Pattern.compile("(?i)^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?"
            + "(?:[a-z]{3,9}\\.? \\d{1,2},? \\d{4}|\\d{1,2} [a-z]{3,9}\\.?,? \\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4})"
            + "(?:,| at| -| –| \\||\\s·|\\s•)? \\d{1,2}(?::\\d{2})?\\s?(?:[ap]\\.?m\\.?)?(?: [a-z]{2,4})?$");
    /** What a byline leaves between its removed parts: a dash, a bar, a dot. */
    private static final Pattern SEPARATOR_ONLY = Pattern.compile("^[\\s\\-–—|•·/,:]+$");
    /** A rule left last: a separator, or a line of underscores, stars or tildes (the truth keeps one between paragraphs). */
    private static final Pattern RULE_ONLY = Pattern.compile("^[\\s\\-–—_|•·/,:*=~]+$");
    /**
     * An audio player's label: "Listen to this article 5 min", "Listen to this story (4:12)", "Listen · 5:32"; a bare
     * "Listen" only with its length beside it.
     */
    private static final Pattern AUDIO_PLAYER = Pattern.compile("(?i)^\\W*(?:listen to (?:this|the) (?:article|story|post"
            + "|report)(?: now)?|listen(?=\\s*[·•|:(-]?\\s*\\d))\\W*(?:\\d+(?::\\d{2})?\\s*(?:min(?:ute)?s?|m)?\\.?(?: listen)?)?\\W*$");

    private static final Pattern READING_TIME_LABEL = Pattern.compile("(?i)" + READING_TIME_WORDS);

    /** Whether another span of time is labelled within two blocks after ("Working time"): an exam's or a recipe's. */
    private static boolean otherTimeNear(List<TextBlock> blocks, int i) {
        for (int j = i + 1; j < Math.min(blocks.size(), i + 3); j++) {
            if (OTHER_TIME_LABEL.matcher(blocks.get(j).text()).find()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern OTHER_TIME_LABEL = Pattern.compile("(?i)^(?:working|writing|cook(?:ing)?|prep(?:aration)?"
            + "|total|exam|answer|rest(?:ing)?|bake|baking|run(?:ning)?) time\\b");

    /**
     * The weekday date lines above the first or below the last paragraph of prose: the post's date, not a day of it;
     * so is one alone between a standfirst and the text. A diary or a timeline has several days.
     */
    private static void dropDayLinesOutsideProse(List<TextBlock> blocks, Set<TextBlock> dayLines) {
        if (dayLines.isEmpty()) {
            return;
        }
        int first = -1;
        int last = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (isProse(blocks.get(i))) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        // Identity sets, one pass: a page of many thousands of date lines stays linear.
        Set<TextBlock> drop = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock b = blocks.get(i);
            if (dayLines.contains(b) && (i < first || i > last || dayLines.size() < 2)) {
                drop.add(b);
            }
        }
        blocks.removeIf(drop::contains);
    }

    private static boolean readingTimeAndDate(String t) {
        String rest = READING_TIME_BESIDE.matcher(t).replaceFirst("");
        return rest.length() < t.length() && DATE_ONLY.matcher(rest).matches();
    }

    /**
     * A template's placeholder text ("Lorem ipsum dolor sit amet …") left in a widget the site never filled, and the
     * short labels set over it ("Heading Line", "Register"). Only the Latin goes: "Lorem ipsum is a scrambled passage
     * from Cicero" is a sentence about it, and a page that writes about it keeps its sample lines too; so does a quote
     * or code block that shows it as an example.
     */
    private static void dropPlaceholders(List<TextBlock> blocks) {
        for (TextBlock b : blocks) {
            if (Text.containsIgnoreCase(b.text(), "lorem ipsum") && PLACEHOLDER_NAMED.matcher(b.text()).find()
                    && !isPlaceholder(b)) {
                return;
            }
        }
        for (int i = blocks.size() - 1; i >= 0; i--) {
            if (!isPlaceholder(blocks.get(i))) {
                continue;
            }
            blocks.remove(i);
            while (i > 0 && blocks.get(i - 1).text().length() <= PLACEHOLDER_LABEL_MAX
                    && !blocks.get(i - 1).text().matches(".*[.!?:]$") && blocks.get(i - 1).kind() != TextBlock.Kind.QUOTE) {
                blocks.remove(--i);
            }
        }
    }

    private static boolean isPlaceholder(TextBlock b) {
        return b.kind() != TextBlock.Kind.QUOTE && b.kind() != TextBlock.Kind.PREFORMATTED
                && PLACEHOLDER.matcher(b.text()).find() && !ENGLISH_WORD.matcher(b.text()).find();
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("(?i)^lorem ipsum\\b");
    private static final Pattern PLACEHOLDER_NAMED = Pattern.compile("(?i)\\blorem ipsum\\b");
    /** English words the placeholder's Latin never uses ("in", "a" and "do" it does). */
    private static final Pattern ENGLISH_WORD = Pattern.compile("(?i)\\b(?:the|is|was|are|has|have|it|its|of|and|to"
            + "|from|that|this|with|for|on|by|as|an)\\b");
    private static final int PLACEHOLDER_LABEL_MAX = 40;

    /** A stock line, a trailing section's heading or a site's pitch: words that are never a panel's title. */
    static boolean isStockLabel(String t) {
        return isBoilerplateLine(t) || TRAILING_SECTION.matcher(t).find() || TRAILING_MARK.matcher(t).find()
                || PAYWALL_MARK.matcher(t).find() || isPromoLine(t);
    }

    /** Whether a paragraph of prose comes after block {@code i}. */
    private static boolean proseAfter(List<TextBlock> blocks, int i) {
        for (int j = i + 1; j < blocks.size(); j++) {
            TextBlock o = blocks.get(j);
            if (o.kind() == TextBlock.Kind.PARAGRAPH && (o.text().length() > PERK_MAX
                    || o.text().split(" ").length >= SENTENCE_WORDS_MIN && SENTENCE_END.matcher(o.text()).find())) {
                return true;
            }
        }
        return false;
    }

    /** A site's pitch on a line of its own; never a quoted one ("“Join my channel …,” the first message reads."). */
    private static boolean isPromoLine(String t) {
        return t.length() <= PROMO_LINE_MAX && PROMO_LINE.matcher(t).matches() && !hasQuotes(t);
    }

    /**
     * A pitch right after a paragraph ending with a colon, with the text going on after it, is shown as an example
     * ("Here is the line rewritten:"); a closing pitch is the site's whatever stands before it.
     */
    private static boolean shownAsExample(List<BlockWriter.Block> blocks, String[] texts, int i) {
        return i > 0 && blocks.get(i - 1).kind == TextBlock.Kind.PARAGRAPH && texts[i - 1].endsWith(":")
                && textGoesOn(blocks, texts, i);
    }

    /**
     * Whether a paragraph of prose ({@value #PROSE_AFTER_MIN} characters or more, not a pitch) follows the written
     * block; {@link #proseAfter(List, int)} asks the same of the filtered blocks, by sentences.
     */
    private static boolean textGoesOn(List<BlockWriter.Block> blocks, String[] texts, int i) {
        for (int j = i + 1; j < blocks.size(); j++) {
            if (blocks.get(j).kind == TextBlock.Kind.PARAGRAPH && texts[j].length() >= PROSE_AFTER_MIN
                    && !isPromoLine(texts[j])) {
                return true;
            }
        }
        return false;
    }

    private static final int PROSE_AFTER_MIN = 80;

    private static boolean hasQuotes(String t) {
        return t.chars().anyMatch(c -> QUOTES.indexOf(c) >= 0);
    }

    private static final String QUOTES = "\"“”„«»‘";

    private static boolean isBoilerplateLine(String t) {
        return t.length() <= 50 && BOILERPLATE_LINES.contains(lineKey(t));
    }

    /**
     * A line as the stock lines are listed: lower-cased, without its trailing punctuation, and without the dashes,
     * bullets or bars a theme draws around a label ("- Advertisement -", "• Share •", "— Advertisement —").
     */
    private static String lineKey(String t) {
        String k = TRAILING_PUNCTUATION.matcher(t.toLowerCase(Locale.ROOT)).replaceFirst("");
        return LINE_FRAME.matcher(k).replaceAll("");
    }

    /** Dashes, bullets and bars framing a stock label on either side. */
    private static final Pattern LINE_FRAME = Pattern.compile("^[\\s\\-–—•·|*]+|[\\s\\-–—•·|*]+$");

    /**
     * The buttons that scroll a page to its recipe card, its review or its comments ("Jump to Recipe", "Skip to
     * Recipe"), absent from the truth on every dev page that has one; a button's line of its own, not an item of a
     * list that names such buttons (a theme's documentation).
     */
    private static final Set<String> JUMP_BUTTONS = Set.of("jump to recipe", "jump to review", "jump to video",
            "jump to comments", "skip to recipe");

    private static boolean isJumpButton(TextBlock.Kind kind, String t) {
        return kind != TextBlock.Kind.LIST_ITEM && t.length() <= 20 && JUMP_BUTTONS.contains(lineKey(t));
    }

    /**
     * The mark a press release ends its text with, on a line of its own ("###", "# # #", "-30-", "ENDS"): the
     * agency's boilerplate, its media contact and the page's stamp follow (on dev 1405 a blog ends its post so, over
     * its photo credits, which the truth leaves out). Only past {@value #RELEASE_END_SHARE} of the text: a blog that
     * draws "###" between its sections goes on for long after one.
     */
    private static final Pattern RELEASE_END = Pattern.compile("#\\s?#\\s?#|-\\s?30\\s?-|[-–—]?\\s?ENDS\\s?[-–—]?");
    private static final double RELEASE_END_SHARE = 0.6;

    /**
     * Cuts what follows a heading that opens the page's trailing furniture ("Related articles",
     * "Leave a comment"), once most of the text has been read.
     */
    private static void cutAtTrailingSection(List<TextBlock> blocks, Set<TextBlock> itemTitles) {
        int total = 0;
        for (TextBlock b : blocks) {
            total += b.text().length();
        }
        int lastTitle = -1; // the last item's title: a writer's linked name at the end is a box, not an item
        for (int i = 0; i < blocks.size(); i++) {
            if (itemTitles.contains(blocks.get(i))) {
                lastTitle = i;
            }
        }
        int seen = 0;
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock b = blocks.get(i);
            boolean headingLike = b.kind() == TextBlock.Kind.HEADING || b.text().length() <= 60;
            boolean mark = headingLike && (TRAILING_SECTION.matcher(b.text()).find()
                    || b.kind() != TextBlock.Kind.LIST_ITEM && OUTLET_TRAILER.matcher(b.text()).find())
                    || (b.kind() == TextBlock.Kind.PARAGRAPH || b.kind() == TextBlock.Kind.HEADING)
                        && b.text().length() <= 200 && (TRAILING_MARK.matcher(b.text()).find()
                            || (b.kind() == TextBlock.Kind.PARAGRAPH || PAYWALL_OFFER.matcher(b.text()).find())
                                && PAYWALL_MARK.matcher(b.text()).find()
                                && !hasQuotes(b.text()) && !proseAfter(blocks, i)
                                && !(i > 0 && blocks.get(i - 1).text().endsWith(":")))
                    || b.kind() == TextBlock.Kind.PARAGRAPH && bareByLabel(b.text()) && opensWritersBox(blocks, i)
                    || (b.kind() == TextBlock.Kind.PARAGRAPH || b.kind() == TextBlock.Kind.HEADING)
                        && RELEASE_END.matcher(b.text()).matches() && seen >= total * RELEASE_END_SHARE
                    // under an item's linked title (a staff announcement's "Staff Writer") a job title is the item's
                    || JOB_TITLE.matcher(b.text()).matches() && !(i > 0 && itemTitles.contains(blocks.get(i - 1)) && i - 1 < lastTitle)
                        && (i > 0 && SHORT_NAME.matcher(blocks.get(i - 1).text()).matches()
                            || b.kind() == TextBlock.Kind.PARAGRAPH && blocks.size() - i <= 3);
            if (mark && seen >= total * 0.4 && seen > 0) {
                blocks.subList(i, blocks.size()).clear();
                return;
            }
            seen += b.text().length();
        }
    }
}
