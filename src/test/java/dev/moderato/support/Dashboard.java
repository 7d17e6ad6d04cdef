package dev.moderato.support;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dashboard as a browser uses it: a moderator signs in with the form, and their session cookie and the
 * session's form token go with every later request. Redirects are not followed, so that tests see them.
 */
public final class Dashboard {

    public static final String SESSION_COOKIE = "moderato_session";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    /** A signed-in browser: its session cookie and the token every form of the session carries. */
    public record Signed(String username, String cookie, String csrf) {

        /** A request of this browser: its cookie, URL-encoded forms as browsers send them, redirects not followed. */
        public RequestSpecification browser() {
            return Browser.formPost().cookie(SESSION_COOKIE, cookie).header("Sec-Fetch-Site", "same-origin");
        }

        /** A GET of a dashboard page, expected 200 in HTML; answers the page. */
        public String page(String path) {
            return browser().when().get(path).then().statusCode(200).contentType("text/html").extract().asString();
        }

        /** A form post with the session's token, as the dashboard's own pages send it. */
        public ExtractableResponse<Response> post(String path, Object... fields) {
            RequestSpecification request = browser().formParam("csrf", csrf);
            for (int i = 0; i < fields.length; i += 2) {
                request.formParam((String) fields[i], fields[i + 1]);
            }
            return request.when().post(path).then().extract();
        }
    }

    private Dashboard() {
    }

    /** Signs in as the moderator, creating the account with {@link Moderators#PASSWORD} on first use. */
    public static Signed as(String username) {
        Moderators.ensure(username, "moderator");
        return signIn(username, Moderators.PASSWORD);
    }

    public static Signed asAdmin() {
        return signIn(Moderators.ADMIN, Moderators.ADMIN_PASSWORD);
    }

    public static Signed signIn(String username, String password) {
        ExtractableResponse<Response> signedIn = signInForm(username, password)
                .then().statusCode(303).extract();
        String cookie = signedIn.cookie(SESSION_COOKIE);
        String queue = Browser.formPost().cookie(SESSION_COOKIE, cookie).when().get("/dashboard/")
                .then().statusCode(200).extract().asString();
        return new Signed(username, cookie, csrfOf(queue));
    }

    /** The sign-in form's post, for the test to check. */
    public static Response signInForm(String username, String password) {
        return Browser.formPost().header("Sec-Fetch-Site", "same-origin")
                .formParam("username", username).formParam("password", password)
                .when().post("/dashboard/sign-in");
    }

    public static String csrfOf(String page) {
        Matcher matcher = CSRF.matcher(page);
        if (!matcher.find()) {
            throw new AssertionError("no form token on the page");
        }
        return matcher.group(1);
    }
}
