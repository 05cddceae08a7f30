# Folio's two commands, and a few helpers. Everything goes through CMake in $(BUILD).
BUILD ?= build
JOBS ?= 2
CMAKE_FLAGS ?=
# The wiki `make run` opens; empty means the default wiki in the user's data folder.
WIKI ?=
# Corpus sizes for `make bench` (docs/benchmarks.md).
PAGES ?= 100000
SEARCH_PAGES ?= 1000 10000 100000
# Shared links added to each search benchmark wiki (the links side of the one search).
SEARCH_LINKS ?= 500000
# Megabytes of the one huge page in each wiki of the huge-page search benchmark.
HUGE_PAGES ?= 1,4,50
# Messages and distinct links of the generated Slack export BenchLinkImport imports.
LINK_MESSAGES ?= 1000000
LINK_COUNT ?= 100000
# Pages served on loopback that BenchArchive archives.
ARCHIVE_PAGES ?= 200

# The tests that exercise the search thread, for ThreadSanitizer. Not TestInstanceChannel:
# threads with Qt event loops hand over through Qt's own futexes, which the distribution's
# uninstrumented Qt hides from ThreadSanitizer (false reports).
THREAD_TESTS ?= TestSearchController TestSearchEngine TestStatementCache

.PHONY: all deps configure build run test test-sanitizers test-threads bench format \
	check-format translations clean

all: build

deps:
	@.ci/install-deps

$(BUILD)/build.ninja: | deps
	cmake -S . -B $(BUILD) -G Ninja $(CMAKE_FLAGS)

configure: $(BUILD)/build.ninja

build: configure
	cmake --build $(BUILD) -j$(JOBS)

# Opens the window on the default wiki (created with the starter pages on first run).
run: build
	$(BUILD)/bin/folio $(if $(WIKI),--wiki "$(WIKI)")

# Every test, headless; exits non-zero on any failure.
test: build
	ctest --test-dir $(BUILD) --output-on-failure -j$(JOBS)

# The whole suite under AddressSanitizer and UndefinedBehaviorSanitizer; any report fails.
test-sanitizers: deps
	cmake -S . -B build-asan -G Ninja -DFOLIO_SANITIZE=address,undefined -DFOLIO_BUILD_BENCH=OFF
	cmake --build build-asan -j$(JOBS)
	ctest --test-dir build-asan --output-on-failure -j$(JOBS)

# The search-thread tests under ThreadSanitizer; any report fails.
test-threads: deps
	cmake -S . -B build-tsan -G Ninja -DFOLIO_SANITIZE=thread -DFOLIO_BUILD_BENCH=OFF
	cmake --build build-tsan -j$(JOBS) --target $(THREAD_TESTS)
	ctest --test-dir build-tsan --output-on-failure -j$(JOBS) \
		-R '^($(shell echo $(THREAD_TESTS) | tr ' ' '|'))$$'

# Benchmarks print figures next to their baselines; they are not tests.
bench: build
	$(BUILD)/tests/bench/BenchImport $(PAGES)
	$(BUILD)/tests/bench/BenchSearch $(SEARCH_PAGES) huge=$(HUGE_PAGES)
	$(BUILD)/tests/bench/BenchSearch 100000 links=$(SEARCH_LINKS)
	$(BUILD)/tests/bench/BenchRender
	$(BUILD)/tests/bench/BenchLinkImport $(LINK_MESSAGES) $(LINK_COUNT)
	$(BUILD)/tests/bench/BenchArchive $(ARCHIVE_PAGES)
	$(BUILD)/tests/bench/BenchBundle $(PAGES)
	QT_QPA_PLATFORM=offscreen $(BUILD)/tests/bench/BenchQuickSwitcher $(PAGES)
	$(BUILD)/tests/bench/BenchBacklinks $(PAGES)
	$(BUILD)/tests/bench/BenchBrowsing $(PAGES)

format:
	git ls-files --cached --others --exclude-standard '*.cpp' '*.h' | xargs clang-format -i

check-format:
	git ls-files --cached --others --exclude-standard '*.cpp' '*.h' | xargs clang-format --dry-run --Werror

translations: configure
	cmake --build $(BUILD) --target update_translations

clean:
	rm -rf $(BUILD) build-asan build-tsan
