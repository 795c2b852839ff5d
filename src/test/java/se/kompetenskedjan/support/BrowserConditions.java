package se.kompetenskedjan.support;

import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;

/** Wait conditions for the browser tests. */
public final class BrowserConditions {

    private BrowserConditions() {
    }

    /**
     * The element has left the page (the browser moved on), like {@code ExpectedConditions.stalenessOf}, but also when
     * Chromium answers a check on a node of the page being replaced with "does not belong to the document" instead of
     * a stale-element error, a race seen under load.
     */
    public static ExpectedCondition<Boolean> gone(WebElement element) {
        return driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException | NoSuchElementException e) {
                return true;
            } catch (WebDriverException e) {
                if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        };
    }
}
