package dev.moderato.importing;

import dev.moderato.comment.Comment;
import dev.moderato.support.Database;
import dev.moderato.support.Moderators;
import io.restassured.response.Response;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Small exports shaped as WordPress and Disqus write them, with ids no other test uses. */
final class Exports {

    static final String IMPORTS = "/api/v1/admin/imports";

    private Exports() {
    }

    /** A number no other test's comments or posts use: WordPress ids are numbers, and imports remember them. */
    static long freshId() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000_000L);
    }

    /** A WordPress comment of a WXR file; its content goes in CDATA as WordPress writes it. */
    record WpComment(long id, long parent, String author, String email, String url, String ip, String dateGmt,
                     String content, String approved, String type) {

        static WpComment of(long id, String approved, String content) {
            return new WpComment(id, 0, "Ada", "ada@example.org", "https://ada.example.org", "192.0.2.1",
                    "2016-06-14 09:30:00", content, approved, "comment");
        }

        WpComment replyTo(long parentId) {
            return new WpComment(id, parentId, author, email, url, ip, dateGmt, content, approved, type);
        }

        WpComment by(String newAuthor, String newEmail) {
            return new WpComment(id, parent, newAuthor, newEmail, url, ip, dateGmt, content, approved, type);
        }

        WpComment at(String newDateGmt) {
            return new WpComment(id, parent, author, email, url, ip, newDateGmt, content, approved, type);
        }

        WpComment ofType(String newType) {
            return new WpComment(id, parent, author, email, url, ip, dateGmt, content, approved, newType);
        }

        String xml() {
            return """
                    		<wp:comment>
                    			<wp:comment_id>%d</wp:comment_id>
                    			<wp:comment_author><![CDATA[%s]]></wp:comment_author>
                    			<wp:comment_author_email><![CDATA[%s]]></wp:comment_author_email>
                    			<wp:comment_author_url>%s</wp:comment_author_url>
                    			<wp:comment_author_IP><![CDATA[%s]]></wp:comment_author_IP>
                    			<wp:comment_date><![CDATA[2016-06-14 11:30:00]]></wp:comment_date>
                    			<wp:comment_date_gmt><![CDATA[%s]]></wp:comment_date_gmt>
                    			<wp:comment_content><![CDATA[%s]]></wp:comment_content>
                    			<wp:comment_approved><![CDATA[%s]]></wp:comment_approved>
                    			<wp:comment_type><![CDATA[%s]]></wp:comment_type>
                    			<wp:comment_parent>%d</wp:comment_parent>
                    			<wp:comment_user_id>0</wp:comment_user_id>
                    			<wp:commentmeta>
                    				<wp:meta_key><![CDATA[akismet_result]]></wp:meta_key>
                    				<wp:meta_value><![CDATA[false]]></wp:meta_value>
                    			</wp:commentmeta>
                    		</wp:comment>
                    """.formatted(id, author, email, url, ip, dateGmt, content, approved, type, parent);
        }
    }

    /** A post of a WXR file and its comments. */
    record Post(long id, String link, List<WpComment> comments) {

        static Post of(String link, WpComment... comments) {
            return new Post(freshId(), link, List.of(comments));
        }

        String xml(String version) {
            StringBuilder xml = new StringBuilder("""
                    	<item>
                    		<title>A post</title>
                    		<link>%s</link>
                    		<pubDate>Tue, 14 Jun 2016 09:00:00 +0000</pubDate>
                    		<dc:creator><![CDATA[editor]]></dc:creator>
                    		<guid isPermaLink="false">https://news.example.com/?p=%d</guid>
                    		<content:encoded><![CDATA[<p>The article.</p>]]></content:encoded>
                    		<wp:post_id>%d</wp:post_id>
                    		<wp:post_date><![CDATA[2016-06-14 11:00:00]]></wp:post_date>
                    		<wp:status><![CDATA[publish]]></wp:status>
                    		<wp:post_type><![CDATA[post]]></wp:post_type>
                    		<wp:postmeta>
                    			<wp:meta_key><![CDATA[_edit_last]]></wp:meta_key>
                    			<wp:meta_value><![CDATA[1]]></wp:meta_value>
                    		</wp:postmeta>
                    """.formatted(link, id, id));
            comments.forEach(comment -> xml.append(comment.xml()));
            return xml.append("\t</item>\n").toString();
        }
    }

    /** A whole WXR document of this version (1.0, 1.1 or 1.2). */
    static String wxr(String version, Post... posts) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" ?>
                <!-- This is a WordPress eXtended RSS file generated by WordPress as an export of your site. -->
                <rss version="2.0"
                	xmlns:excerpt="http://wordpress.org/export/%1$s/excerpt/"
                	xmlns:content="http://purl.org/rss/1.0/modules/content/"
                	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
                	xmlns:dc="http://purl.org/dc/elements/1.1/"
                	xmlns:wp="http://wordpress.org/export/%1$s/"
                >
                <channel>
                	<title>News</title>
                	<link>https://news.example.com</link>
                	<wp:wxr_version>%1$s</wp:wxr_version>
                	<wp:base_site_url>https://news.example.com</wp:base_site_url>
                """.formatted(version));
        for (Post post : posts) {
            xml.append(post.xml(version));
        }
        return xml.append("</channel>\n</rss>\n").toString();
    }

    /** A Disqus post. */
    record DisqusPost(long id, long thread, Long parent, String message, String email, String name, boolean spam,
                      boolean deleted) {

        String xml() {
            return """
                      <post dsq:id="%d">
                        <id />
                        <message><![CDATA[%s]]></message>
                        <createdAt>2013-02-01T08:15:00Z</createdAt>
                        <isDeleted>%s</isDeleted>
                        <isSpam>%s</isSpam>
                        <author>
                          <email>%s</email>
                          <name>%s</name>
                          <isAnonymous>false</isAnonymous>
                          <username>disqus_user</username>
                        </author>
                        <ipAddress>198.51.100.7</ipAddress>
                        <thread dsq:id="%d" />
                        %s
                      </post>
                    """.formatted(id, message, deleted, spam, email, name, thread,
                    parent == null ? "" : "<parent dsq:id=\"" + parent + "\" />");
        }
    }

    /** A Disqus export of one thread with this link and identifier, and these posts. */
    static String disqus(long threadId, String link, String identifier, DisqusPost... posts) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="utf-8"?>
                <disqus xmlns="http://disqus.com" xmlns:dsq="http://disqus.com/disqus-internals"
                        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                        xsi:schemaLocation="http://disqus.com/api/schemas/1.0/disqus.xsd http://disqus.com/api/schemas/1.0/disqus-internals.xsd">
                  <category dsq:id="111">
                    <forum>news</forum>
                    <title>General</title>
                    <isDefault>true</isDefault>
                  </category>
                  <thread dsq:id="%d">
                    <id>%s</id>
                    <forum>news</forum>
                    <category dsq:id="111" />
                    <link>%s</link>
                    <title>A post</title>
                    <message />
                    <createdAt>2013-02-01T08:00:00Z</createdAt>
                    <author>
                      <email>editor@example.org</email>
                      <name>Editor</name>
                      <isAnonymous>false</isAnonymous>
                      <username>editor</username>
                    </author>
                    <isClosed>false</isClosed>
                    <isDeleted>false</isDeleted>
                  </thread>
                """.formatted(threadId, identifier, link));
        for (DisqusPost post : posts) {
            xml.append(post.xml());
        }
        return xml.append("</disqus>\n").toString();
    }

    static Response post(String document, String threads) {
        var request = Moderators.asAdmin().contentType("application/xml; charset=UTF-8").body(document);
        if (threads != null) {
            request = request.queryParam("threads", threads);
        }
        return request.when().post(IMPORTS).then().log().ifValidationFails().extract().response();
    }

    /** The comment imported from this WordPress id. */
    static Comment wordPress(long id) {
        return Database.comments().findIdByWordPressId(null, id).flatMap(Database.comments()::find).orElse(null);
    }

    /** The comment imported from this Disqus id. */
    static Comment disqus(long id) {
        List<UUID> found = new ArrayList<>(Database.sql().list(
                "select comment_id from comment_source where format = 'disqus' and source_id = ?",
                row -> row.getObject(1, UUID.class), Long.toString(id)));
        return found.isEmpty() ? null : Database.comments().find(found.get(0)).orElse(null);
    }
}
