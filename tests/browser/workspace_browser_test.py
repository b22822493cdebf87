#!/usr/bin/env python3
"""Browser end-to-end tests of the workspace (`inspraak serve`) in headless Chromium.

Each test class is one process (CTest runs them one by one, see CMakeLists.txt): a fresh
temporary folder, `inspraak run` on inputs/demo, `inspraak serve --port 0`, the one-time link
read from its output, a headless Chromium driven through chromedriver, and at the end the server
stopped with SIGTERM, which must end it with exit code 0.

Without chromium, chromedriver or python3-selenium the tests are skipped, except under CI=true,
where that is a failure: the CI machine must run them. README.md says how to run them by hand.
"""

import io
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import unittest
import urllib.error
import urllib.request
import zipfile
import xml.etree.ElementTree as ElementTree

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE_DIR = os.environ.get("INSPRAAK_SOURCE_DIR") or os.path.normpath(os.path.join(HERE, "..", ".."))
BINARY = os.environ.get("INSPRAAK_BINARY") or os.path.join(SOURCE_DIR, "build", "bin", "inspraak")
DEMO = os.path.join(SOURCE_DIR, "inputs", "demo")
ARTIFACTS = os.environ.get("INSPRAAK_BROWSER_ARTIFACTS") or os.path.join(SOURCE_DIR, "build", "browser-artifacts")
CHROMIUM = os.environ.get("INSPRAAK_CHROMIUM") or "/usr/bin/chromium"
CHROMEDRIVER = os.environ.get("INSPRAAK_CHROMEDRIVER") or "/usr/bin/chromedriver"

# Exit code when every test was skipped; CTest's SKIP_RETURN_CODE turns it into "Skipped".
SKIPPED_EXIT_CODE = 77
WAIT_SECONDS = 20

try:
    from selenium import webdriver
    from selenium.common.exceptions import TimeoutException
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import Select, WebDriverWait

    SELENIUM_ERROR = None
except ImportError as error:  # reported by require_browser(), not here
    SELENIUM_ERROR = error


def in_ci():
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def require_browser():
    """Skips the calling test class when the browser parts are missing; under CI=true, fails."""
    missing = []
    if SELENIUM_ERROR is not None:
        missing.append(f"the Python module selenium (python3-selenium: {SELENIUM_ERROR})")
    if not os.access(CHROMIUM, os.X_OK):
        missing.append(f"Chromium ({CHROMIUM}, Debian package chromium)")
    if not os.access(CHROMEDRIVER, os.X_OK):
        missing.append(f"chromedriver ({CHROMEDRIVER}, Debian package chromium-driver)")
    if not missing:
        return
    reason = "browser tests need " + "; ".join(missing) + " - scripts/setup.sh installs them"
    if in_ci():
        raise AssertionError(reason + " (CI=true: the CI machine must run these tests)")
    raise unittest.SkipTest(reason)


class Workspace:
    """A round prepared with `inspraak run` on inputs/demo and `inspraak serve` on a free port."""

    def __init__(self):
        if not os.access(BINARY, os.X_OK):
            raise AssertionError(f"no inspraak binary at {BINARY} (set INSPRAAK_BINARY)")
        self.folder = tempfile.mkdtemp(prefix="inspraak-browser-")
        self.out = os.path.join(self.folder, "out")
        self.process = None
        self.lines = []
        self.link_seen = threading.Event()
        env = dict(os.environ)
        env.pop("INSPRAAK_LANG", None)  # the workspace in its default language, Dutch
        self.env = env

        run = subprocess.run([BINARY, "run", DEMO, "--out", self.out], env=env, capture_output=True, text=True,
                             timeout=300)
        if run.returncode != 0:
            raise AssertionError(f"inspraak run failed ({run.returncode}):\n{run.stdout}\n{run.stderr}")

        self.stderr_path = os.path.join(self.folder, "serve.stderr")
        with open(self.stderr_path, "w") as stderr:
            self.process = subprocess.Popen([BINARY, "serve", DEMO, "--out", self.out, "--port", "0"], env=env,
                                            stdout=subprocess.PIPE, stderr=stderr, text=True)
        threading.Thread(target=self._read_output, daemon=True).start()
        if not self.link_seen.wait(WAIT_SECONDS):
            self.close()
            raise AssertionError(f"inspraak serve printed no start link; output:\n{''.join(self.lines)}\n"
                                 f"{self.stderr()}")
        match = next(re.search(r"(http://127\.0\.0\.1:\d+)(/start\?token=\S+)", line) for line in self.lines
                     if "/start?token=" in line)
        self.base = match.group(1)
        self.start_link = match.group(1) + match.group(2)

    def _read_output(self):
        for line in self.process.stdout:
            self.lines.append(line)
            if re.search(r"http://127\.0\.0\.1:\d+/start\?token=\S+", line):
                self.link_seen.set()

    def stderr(self):
        try:
            with open(self.stderr_path) as f:
                return f.read()
        except OSError:
            return ""

    def stop(self):
        """Stops the server as a service manager would (SIGTERM); returns its exit code."""
        self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(WAIT_SECONDS)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            raise AssertionError(f"inspraak serve did not stop within {WAIT_SECONDS} s of SIGTERM")

    def close(self):
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        shutil.rmtree(self.folder, ignore_errors=True)


def new_driver():
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000",
                     "--lang=nl"):
        options.add_argument(argument)
    # The performance log carries the HTTP status of each page (a 409 on a conflict).
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    size_window(driver)
    return driver


def size_window(driver):
    """--window-size counts the window's frame too; this makes the page itself 1400x1000."""
    width, height = driver.execute_script("return [window.innerWidth, window.innerHeight]")
    driver.set_window_size(2 * 1400 - width, 2 * 1000 - height)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class WorkspaceTestCase(unittest.TestCase):
    """A workspace and a browser signed in through the start link, for all tests of a class."""

    workspace = None
    driver = None

    @classmethod
    def setUpClass(cls):
        require_browser()
        cls.workspace = Workspace()
        cls.addClassCleanup(cls.workspace.close)
        cls.driver = new_driver()
        cls.addClassCleanup(cls.driver.quit)
        cls.driver.get(cls.workspace.start_link)
        if cls.driver.current_url != cls.workspace.base + "/":
            raise AssertionError(f"the start link led to {cls.driver.current_url}, not to the overview")
        os.makedirs(ARTIFACTS, exist_ok=True)

    @classmethod
    def tearDownClass(cls):
        cls.driver.quit()
        code = cls.workspace.stop()
        if code != 0:
            raise AssertionError(f"inspraak serve exited with {code} after SIGTERM:\n{cls.workspace.stderr()}")

    # --- the browser ---

    def open(self, path):
        self.driver.get(self.workspace.base + path)

    def find(self, css, within=None):
        return (within or self.driver).find_element(By.CSS_SELECTOR, css)

    def find_all(self, css, within=None):
        return (within or self.driver).find_elements(By.CSS_SELECTOR, css)

    def click_and_wait(self, element):
        """Clicks a link or a submit button and waits until the next page has replaced this one."""
        page = self.find("html")
        element.click()
        try:
            WebDriverWait(self.driver, WAIT_SECONDS, poll_frequency=0.1).until(expected_conditions.staleness_of(page))
        except TimeoutException:
            self.fail(f"clicking {element.tag_name} '{element.text}' on {self.driver.current_url} loaded no new page")
        WebDriverWait(self.driver, WAIT_SECONDS, poll_frequency=0.1).until(
            lambda d: d.execute_script("return document.readyState") == "complete")

    def nav(self, label):
        """Follows a link of the main menu, by its label, as an officer would."""
        self.click_and_wait(self.driver.find_element(By.XPATH, f"//nav//a[normalize-space()='{label}']"))

    def heading(self):
        return self.find("main h1").text

    def notice(self):
        notices = self.find_all("main p.notice")
        return notices[0].text if notices else ""

    def screenshot(self, name, show=None):
        """Saves the window as ARTIFACTS/name.png, scrolled to the element `show` if given."""
        if show is not None:
            self.driver.execute_script("arguments[0].scrollIntoView()", show)
        path = os.path.join(ARTIFACTS, name + ".png")
        self.assertTrue(self.driver.save_screenshot(path), f"screenshot {path} not written")
        print(f"screenshot: {path}", file=sys.stderr)

    def last_document_status(self, path):
        """The HTTP status of the last page the browser loaded from `path` (the performance log)."""
        status = None
        for entry in self.driver.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            if message.get("method") != "Network.responseReceived":
                continue
            params = message["params"]
            if params.get("type") == "Document" and params["response"]["url"] == self.workspace.base + path:
                status = params["response"]["status"]
        return status

    # --- plain HTTP with the browser's session ---

    def http_get(self, path):
        """GET with the browser's cookies, not following redirects: (status, headers, body)."""
        cookies = "; ".join(f"{c['name']}={c['value']}" for c in self.driver.get_cookies())
        request = urllib.request.Request(self.workspace.base + path, headers={"Cookie": cookies})
        opener = urllib.request.build_opener(NoRedirect)
        try:
            with opener.open(request, timeout=WAIT_SECONDS) as response:
                return response.status, response.headers, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.headers, error.read()


def strings_in(value):
    """Every string anywhere in a parsed JSON document."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from strings_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings_in(item)


def docx_paragraphs(data):
    """The text of each paragraph of a .docx (its runs joined), from word/document.xml."""
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    with zipfile.ZipFile(io.BytesIO(data)) as docx:
        root = ElementTree.fromstring(docx.read("word/document.xml"))
    return ["".join(t.text or "" for t in p.iter(w + "t")) for p in root.iter(w + "p")]


CHAPTER = "3 Visie op internationalisering"  # the chapter the officer works through
REACTION = ("Dank voor uw reactie. De gemeente neemt de SWOT-analyse & de keuze van landen op in het "
            "afwegingskader (browsertest BT-4711).")


class OfficerWorkflowTest(WorkspaceTestCase):
    """An officer's round: overview, filter, decide one point, approve a chapter, publish."""

    def test_officer_answers_a_chapter_and_publishes(self):
        self.open("/")  # where the start link led (setUpClass)
        self.check_overview()
        point_id = self.filter_points_by_chapter()
        self.decide_point(point_id)
        self.approve_chapter(point_id)
        self.publish_and_download()

    def check_overview(self):
        self.assertEqual(self.heading(), "Overzicht van de ronde")
        figures = [int(s.text) for s in self.find_all("p.progress-figures strong")]
        self.assertEqual(len(figures), 4, "approved, to check, without reaction, total")
        approved, draft, open_, total = figures
        self.assertGreater(total, 0)
        self.assertEqual(approved + draft + open_, total, f"progress figures {figures} do not add up")
        self.assertEqual(len(self.find_all("svg.progress rect")), 3)
        chart = self.find("svg[aria-labelledby='chapters-chart-title']")
        bars = self.find_all("a", chart)
        labels = [self.find("text.label", bar).get_attribute("textContent").strip() for bar in bars]
        counts = [int(self.find("text.count", bar).get_attribute("textContent")) for bar in bars]
        self.assertIn(CHAPTER, labels)
        self.assertTrue(all(count >= 0 for count in counts))
        self.assertEqual(len(self.find_all("rect", chart)), len(bars))
        self.screenshot("overview")

    def filter_points_by_chapter(self):
        self.nav("Punten")
        self.assertEqual(self.heading(), "Punten")
        all_count = int(self.find("p.count").text.split()[0])
        Select(self.find("#f-chapter")).select_by_visible_text(CHAPTER)
        self.click_and_wait(self.find("form.filters button[type=submit]"))
        self.assertIn("chapter=3", self.driver.current_url)
        self.assertEqual(Select(self.find("#f-chapter")).first_selected_option.text, CHAPTER)
        rows = self.find_all("table.points tbody tr")
        count = int(self.find("p.count").text.split()[0])
        self.assertGreater(len(rows), 0)
        self.assertLess(count, all_count, "the chapter filter did not narrow the list")
        self.assertEqual(len(rows), count, "all points of the chapter fit on one page")
        for row in rows:
            cells = self.find_all("td", row)
            self.assertIn(CHAPTER, cells[4].text, f"point {cells[1].text} listed under chapter 3")
        self.screenshot("points")
        return self.find("td a", rows[0]).text

    def decide_point(self, point_id):
        link = self.driver.find_element(By.LINK_TEXT, point_id)
        self.click_and_wait(link)
        self.assertEqual(self.driver.current_url, f"{self.workspace.base}/points/{point_id}")
        self.assertEqual(self.heading(), f"Punt {point_id}")

        # Another route.
        route = Select(self.find("#d-route"))
        old_route = route.first_selected_option.get_attribute("value")
        new_option = next(o for o in route.options if o.get_attribute("value") not in (old_route, "geen"))
        new_route, new_label = new_option.get_attribute("value"), new_option.text
        route.select_by_value(new_route)
        self.click_and_wait(self.find("#decision button[type=submit]:not([name])"))
        self.assertEqual(self.notice(), f"{point_id} opgeslagen")
        self.driver.refresh()
        self.assertEqual(self.notice(), "", "a notice is shown once")
        self.assertEqual(Select(self.find("#d-route")).first_selected_option.get_attribute("value"), new_route)
        self.assertIn(f"Route: {new_label}", self.find("section.classification").text)

        # A reaction.
        reaction = self.find("#d-reaction")
        reaction.clear()
        reaction.send_keys(REACTION)
        self.click_and_wait(self.find("#decision button[type=submit]:not([name])"))
        self.assertEqual(self.notice(), f"{point_id} opgeslagen")
        self.assertEqual(self.find("#d-reaction").get_attribute("value"), REACTION)

        # Both changes in the history.
        history = [[td.text for td in self.find_all("td", row)]
                   for row in self.find_all("section[aria-labelledby='history-h'] tbody tr")]
        self.assertTrue(any(new_route in row[4] or new_label in row[4] for row in history),
                        f"the route change is not in the history: {history}")
        self.assertTrue(any(REACTION in row[4] for row in history),
                        f"the reaction is not in the history: {history}")
        self.screenshot("point", show=self.find("section.edit"))

    def approve_chapter(self, point_id):
        self.nav("Per hoofdstuk")
        self.click_and_wait(self.driver.find_element(By.LINK_TEXT, CHAPTER))
        self.assertEqual(self.heading(), CHAPTER)
        articles = self.find_all("article.chapter-point")
        ids = [self.find("h2 a", a).text for a in articles]
        self.assertIn(point_id, ids)
        self.assertEqual(self.driver.find_element(By.ID, f"r-{point_id}").get_attribute("value"), REACTION)
        self.click_and_wait(self.find("#approve-chapter"))
        self.assertEqual(self.notice(), f"{len(ids)} punten goedgekeurd")
        for article in self.find_all("article.chapter-point"):
            status = self.find(".status", article)
            self.assertIn("status-approved", status.get_attribute("class"), article.text)
            self.assertEqual(status.text, "goedgekeurd")
        self.screenshot("chapter")
        # The chapters page counts them as approved.
        self.nav("Per hoofdstuk")
        row = self.driver.find_element(By.XPATH, f"//tr[td/a[normalize-space()='{CHAPTER}']]")
        cells = [td.text for td in self.find_all("td", row)]
        self.assertEqual(cells[2], str(len(ids)), f"approved count of chapter 3: {cells}")

    def publish_and_download(self):
        self.nav("Publiceren")
        self.assertEqual(self.heading(), "Publiceren")
        formats = [box.get_attribute("value") for box in self.find_all("input[name=format]") if box.is_selected()]
        self.assertIn("docx", formats)
        self.assertIn("json", formats)
        self.click_and_wait(self.find("#publish-button"))
        self.assertEqual(self.driver.current_url, self.workspace.base + "/publish")
        self.assertRegex(self.notice(), r"^\d+ ")
        links = {a.text: a.get_attribute("href") for a in self.find_all("a[href^='/download/']")}
        self.assertIn("reactienota.docx", links)
        self.assertIn("reactienota.json", links)
        self.screenshot("publish")

        status, _, body = self.http_get("/download/reactienota.json")
        self.assertEqual(status, 200)
        nota = json.loads(body)
        self.assertTrue(any(REACTION in text for text in strings_in(nota)), "the reaction is not in reactienota.json")

        status, _, body = self.http_get("/download/reactienota.docx")
        self.assertEqual(status, 200)
        self.assertTrue(any(REACTION in p for p in docx_paragraphs(body)), "the reaction is not in reactienota.docx")

    def test_every_chapter_of_the_select_filters(self):
        """Each chapter the select offers gives a list, also when two chapters share a number."""
        self.open("/points")
        labels = [o.text for o in Select(self.find("#f-chapter")).options][1:]
        self.assertGreater(len(labels), 1)
        for label in labels:
            with self.subTest(chapter=label):
                if not self.find_all("#f-chapter"):  # an error page after the previous chapter
                    self.open("/points")
                Select(self.find("#f-chapter")).select_by_visible_text(label)
                self.click_and_wait(self.find("form.filters button[type=submit]"))
                self.assertEqual(self.heading(), "Punten", f"filtering on {label}: {self.find('main').text}")
                self.assertEqual(Select(self.find("#f-chapter")).first_selected_option.text, label)


class LanguageTest(WorkspaceTestCase):
    """The workspace speaks Dutch, and English after the language link."""

    def test_switch_to_english_and_back(self):
        self.assertEqual(self.find("html").get_attribute("lang"), "nl")
        self.assertEqual(self.heading(), "Overzicht van de ronde")
        self.click_and_wait(self.find("p.lang a"))
        self.assertEqual(self.driver.current_url, self.workspace.base + "/")
        self.assertEqual(self.find("html").get_attribute("lang"), "en")
        self.assertEqual(self.heading(), "Overview of the round")
        menu = [a.text for a in self.find_all("header nav a")]
        self.assertEqual(menu, ["Overview", "Points", "By chapter", "My points", "Publish", "Machine work"])
        self.assertIn("approved", self.find("p.progress-figures").text)
        self.screenshot("overview-en")

        self.nav("Points")
        self.assertEqual(self.heading(), "Points")
        self.assertEqual(self.find("label[for='f-chapter']").text, "Chapter")
        self.nav("Publish")
        self.assertEqual(self.find("#publish-button").text, "Write the reactienota")

        self.click_and_wait(self.find("p.lang a"))
        self.assertEqual(self.driver.current_url, self.workspace.base + "/publish", "the link returns to the page")
        self.assertEqual(self.find("html").get_attribute("lang"), "nl")
        self.assertEqual(self.find("#publish-button").text, "Reactienota schrijven")


class SecurityTest(WorkspaceTestCase):
    """No inline script on any page, and a Content-Security-Policy that would refuse one."""

    PAGES = ["/", "/points", "/points?chapter=3", "/points/I004.4", "/chapters", "/chapters/h3", "/publish"]

    def test_pages_load_only_the_workspace_script(self):
        for path in self.PAGES:
            with self.subTest(page=path):
                self.open(path)
                self.assertNotIn(self.heading(), ("Dat kan zo niet", "Niet gevonden"), path)
                scripts = self.find_all("script")
                self.assertEqual([s.get_attribute("src") for s in scripts],
                                 [self.workspace.base + "/assets/workspace.js"])
                self.assertEqual(scripts[0].get_attribute("innerHTML").strip(), "", "the script element is empty")
                handlers = self.driver.execute_script(
                    "return [...document.querySelectorAll('*')].flatMap(e => [...e.attributes])"
                    ".filter(a => a.name.startsWith('on') || a.value.trim().toLowerCase().startsWith('javascript:'))"
                    ".map(a => a.name + '=' + a.value);")
                self.assertEqual(handlers, [], "no inline event handlers or javascript: links")
                # workspace.js did run under the policy: it marks the document.
                self.assertTrue(self.driver.execute_script("return document.documentElement.classList.contains('js')"))

    def test_content_security_policy_forbids_inline_script(self):
        for path in self.PAGES + ["/login"]:
            with self.subTest(page=path):
                status, headers, _ = self.http_get(path)
                self.assertEqual(status, 200, path)
                policy = headers.get("Content-Security-Policy")
                self.assertIsNotNone(policy, f"{path} has no Content-Security-Policy")
                directives = {d.split()[0]: d.split()[1:] for d in policy.split(";") if d.strip()}
                self.assertEqual(directives.get("default-src"), ["'none'"])
                self.assertEqual(directives.get("script-src"), ["'self'"], "only scripts from the workspace itself")
                self.assertNotIn("'unsafe-inline'", policy)
                self.assertNotIn("'unsafe-eval'", policy)
                self.assertEqual(headers.get("X-Content-Type-Options"), "nosniff")


class ConflictTest(WorkspaceTestCase):
    """Two windows on one point: the later save meets the conflict page and can still win."""

    POINT = "I004.4"
    FIRST = "Reactie uit het eerste venster: de gemeente laat de SWOT-analyse uitvoeren."
    SECOND = "Reactie uit het tweede venster: de SWOT-analyse hoort in de economische strategienota."

    def test_second_save_sees_both_versions_and_keeps_mine(self):
        path = f"/points/{self.POINT}"
        first = self.driver.current_window_handle
        self.open(path)
        self.driver.switch_to.new_window("window")
        second = self.driver.current_window_handle
        size_window(self.driver)
        self.open(path)

        # The first window saves.
        self.driver.switch_to.window(first)
        self.write_reaction(self.FIRST)
        self.assertEqual(self.notice(), f"{self.POINT} opgeslagen")

        # The second, still showing the old version, saves another reaction.
        self.driver.switch_to.window(second)
        self.driver.get_log("performance")  # forget the earlier pages
        self.write_reaction(self.SECOND)
        self.assertEqual(self.last_document_status(path), 409)
        conflict = self.find("section.conflict")
        self.assertEqual(self.find("h2", conflict).text, "Intussen gewijzigd")
        rows = {self.find("th", r).text: (self.find("td.theirs", r).text, self.find("td.mine", r).text)
                for r in self.find_all("tbody tr", conflict)}
        self.assertEqual(rows.get("Reactie"), (self.FIRST, self.SECOND), rows)
        self.screenshot("conflict")

        keep_mine = conflict.find_element(By.XPATH, ".//button[normalize-space()='Mijn wijziging opslaan']")
        self.click_and_wait(keep_mine)
        self.assertEqual(self.notice(), f"{self.POINT} opgeslagen")
        self.assertEqual(self.find_all("section.conflict"), [])
        self.assertEqual(self.find("#d-reaction").get_attribute("value"), self.SECOND)

        # The first window sees the second reaction after a reload, and the history both.
        self.driver.switch_to.window(first)
        self.driver.refresh()
        self.assertEqual(self.find("#d-reaction").get_attribute("value"), self.SECOND)
        history = " ".join(td.text for td in self.find_all("section[aria-labelledby='history-h'] td"))
        self.assertIn(self.FIRST, history)
        self.assertIn(self.SECOND, history)

    def write_reaction(self, text):
        reaction = self.find("#d-reaction")
        reaction.clear()
        reaction.send_keys(text)
        self.click_and_wait(self.find("#decision button[type=submit]:not([name])"))


def main():
    print(f"inspraak: {BINARY}\nscreenshots: {ARTIFACTS}", file=sys.stderr)
    program = unittest.main(exit=False, verbosity=2)
    result = program.result
    if not result.wasSuccessful():
        sys.exit(1)
    if result.testsRun == 0 or len(result.skipped) == result.testsRun:
        sys.exit(SKIPPED_EXIT_CODE)
    sys.exit(0)


if __name__ == "__main__":
    main()
