# apbd: publish a regional budget (APBD) and its realization as open data.
#
#   make            build ./apbd
#   make demo       run the main job on the bundled sample
#   make test       unit tests, end-to-end tests and a short fuzz run
#   make sanitize   the whole test suite under ASan + UBSan
#   make fuzz       libFuzzer targets, FUZZ_SECONDS each (default 60)
#   make bench      benchmarks (see README)
#   make profile    where a 1M-line build spends its time (perf)
#   make install    PREFIX (default /usr/local)
#
# Quiet by default; V=1 shows the commands.

CFLAGS ?= -O2 -g
LDFLAGS ?=
PREFIX ?= /usr/local
FUZZ_SECONDS ?= 60
# Where objects go: the sanitizer build uses its own directory.
BUILD ?= .build/default
APBD_BIN ?= apbd

ifneq ($(V),1)
Q = @
endif

-include .build/config.mk

ALL_CFLAGS = -std=c11 -Wall -Wextra -Werror -D_GNU_SOURCE -Iinclude \
	$(PKG_CFLAGS) $(CFLAGS) $(SAN_CFLAGS)
ALL_LDFLAGS = $(LDFLAGS) $(SAN_CFLAGS)

SRCS := $(sort $(wildcard src/*.c))
LIB_SRCS := $(filter-out src/main.c,$(SRCS))
OBJS := $(SRCS:src/%.c=$(BUILD)/%.o)
LIB_OBJS := $(LIB_SRCS:src/%.c=$(BUILD)/%.o)
UNIT_SRCS := $(sort $(wildcard tests/test_*.c))
UNIT_BINS := $(UNIT_SRCS:tests/%.c=$(BUILD)/tests/%)

.PHONY: all demo test unit e2e sanitize fuzz fuzz-short bench profile install clean sample

all: $(APBD_BIN)

# Re-detected when missing; make restarts itself once it exists.
.build/config.mk: tools/deps.sh
	@mkdir -p .build
	$(Q)sh tools/deps.sh build $@

$(APBD_BIN): $(OBJS)
	@echo "  LINK    $@"
	$(Q)$(CC) $(ALL_LDFLAGS) -o $@ $(OBJS) $(PKG_LIBS)

$(BUILD)/%.o: src/%.c $(wildcard include/apbd/*.h) | .build/config.mk
	@mkdir -p $(@D)
	@echo "  CC      $<"
	$(Q)$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(BUILD)/tests/%: tests/%.c $(LIB_OBJS) $(wildcard include/apbd/*.h)
	@mkdir -p $(@D)
	@echo "  CC      $<"
	$(Q)$(CC) $(ALL_CFLAGS) $(CMOCKA_CFLAGS) -o $@ $< $(LIB_OBJS) \
		$(ALL_LDFLAGS) $(PKG_LIBS) $(CMOCKA_LIBS)

demo: $(APBD_BIN)
	$(Q)sh tools/demo.sh ./$(APBD_BIN)

test: unit e2e fuzz-short

test-deps:
	$(Q)sh tools/deps.sh test

unit: $(UNIT_BINS)
	$(Q)status=0; for t in $(UNIT_BINS); do \
		APBD_DATA=$(CURDIR)/data APBD_SITE_GEN=$(CURDIR)/site-gen $$t || status=1; done; exit $$status

e2e: $(APBD_BIN) test-deps
	$(Q)APBD=$(CURDIR)/$(APBD_BIN) sh tests/e2e/run.sh

# ASan + UBSan over the whole suite; any report fails it. The one
# suppression is a leak inside libgit2's use of pcre2 when it pushes
# (tests/lsan.supp), not in our code.
sanitize:
	$(Q)LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 \
	$(MAKE) --no-print-directory BUILD=.build/san APBD_BIN=.build/san/apbd \
		SAN_CFLAGS="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer" \
		CFLAGS="-O1 -g" unit e2e

FUZZ_TARGETS := $(patsubst tests/fuzz/%.c,.build/fuzz/%,$(wildcard tests/fuzz/fuzz_*.c))
FUZZ_FLAGS = -std=c11 -D_GNU_SOURCE -Iinclude $(PKG_CFLAGS) -g -O1 \
	-fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all

.build/fuzz/%: tests/fuzz/%.c $(LIB_SRCS) $(wildcard include/apbd/*.h) | .build/config.mk
	@mkdir -p $(@D)
	@echo "  FUZZCC  $@"
	$(Q)clang $(FUZZ_FLAGS) -o $@ $< $(LIB_SRCS) $(PKG_LIBS)

fuzz: test-deps $(FUZZ_TARGETS)
	$(Q)for t in $(FUZZ_TARGETS); do \
		sh tests/fuzz/run.sh $$t $(FUZZ_SECONDS) || exit 1; done

# The bounded run inside `make test`.
fuzz-short: test-deps $(FUZZ_TARGETS)
	$(Q)for t in $(FUZZ_TARGETS); do \
		sh tests/fuzz/run.sh $$t 15 || exit 1; done

# Regenerate the bundled sample (the generated files are committed).
sample: .build/gen-sample
	$(Q).build/gen-sample budgets

.build/gen-sample: tools/gen-sample.c
	@mkdir -p $(@D)
	$(Q)$(CC) -std=c11 -Wall -Wextra -Werror -O2 -o $@ $<

bench: $(APBD_BIN)
	$(Q)sh tests/bench/run.sh ./$(APBD_BIN)

profile: $(APBD_BIN)
	$(Q)sh tests/bench/profile.sh ./$(APBD_BIN)

install: $(APBD_BIN)
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/apbd \
		$(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 $(APBD_BIN) $(DESTDIR)$(PREFIX)/bin/apbd
	cp -R data/. $(DESTDIR)$(PREFIX)/share/apbd/
	[ ! -d site-gen ] || cp -R site-gen $(DESTDIR)$(PREFIX)/share/apbd/
	install -m 644 doc/apbd.1 $(DESTDIR)$(PREFIX)/share/man/man1/apbd.1

clean:
	rm -rf .build apbd
