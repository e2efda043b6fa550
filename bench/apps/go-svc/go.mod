// Benchmark app. Its modules are vendored (vendor/) from Debian's golang-*-dev packages, which install Go library
// sources under /usr/share/gocode/src: the replace lines below name where `go mod vendor` read each module from
// (a few are empty stubs, needed only to complete the module graph). A build reads vendor/ alone: in vendor mode
// the go command never opens a replacement directory, and no module proxy is needed.
module example.com/bench/go-svc

go 1.23

require (
	github.com/gin-gonic/gin v1.8.1
	github.com/google/uuid v1.3.0
	github.com/jackc/pgx/v4 v4.15.0
	github.com/prometheus/client_golang v1.14.0
	github.com/spf13/cobra v1.6.1
	go.uber.org/zap v1.23.0
	google.golang.org/grpc v1.33.3
	gopkg.in/yaml.v3 v3.0.1
)

require (
	github.com/go-playground/locales v0.14.0 // indirect
	github.com/go-playground/universal-translator v0.18.0 // indirect
	github.com/golang/protobuf v1.5.2 // indirect
	github.com/jackc/chunkreader/v2 v2.0.1 // indirect
	github.com/jackc/pgconn v1.11.0 // indirect
	github.com/jackc/pgio v1.0.0 // indirect
	github.com/jackc/pgpassfile v1.0.0 // indirect
	github.com/jackc/pgproto3/v2 v2.2.0 // indirect
	github.com/jackc/pgservicefile v0.0.0-20200714003250-2b9c44734f2b // indirect
	github.com/jackc/pgtype v1.10.0 // indirect
	github.com/jackc/puddle v1.2.1 // indirect
	github.com/leodido/go-urn v1.2.1 // indirect
	github.com/modern-go/concurrent v0.0.0-20180228061459-e0a39a4cb421 // indirect
	github.com/modern-go/reflect2 v1.0.2 // indirect
	github.com/spf13/pflag v1.0.5 // indirect
	go.uber.org/atomic v1.7.0 // indirect
	go.uber.org/multierr v1.6.0 // indirect
	golang.org/x/crypto v0.0.0-20211215165025-cf75a172585e // indirect
	golang.org/x/net v0.5.0 // indirect
	golang.org/x/sys v0.5.0 // indirect
	golang.org/x/text v0.7.0 // indirect
	google.golang.org/genproto v0.0.0-20200526211855-cb27e3aa2013 // indirect
	google.golang.org/protobuf v1.28.1 // indirect
)

replace github.com/gin-gonic/gin => /usr/share/gocode/src/github.com/gin-gonic/gin

replace github.com/google/uuid => /usr/share/gocode/src/github.com/google/uuid

replace github.com/jackc/pgx/v4 => /usr/share/gocode/src/github.com/jackc/pgx/v4

replace github.com/prometheus/client_golang => /usr/share/gocode/src/github.com/prometheus/client_golang

replace github.com/spf13/cobra => /usr/share/gocode/src/github.com/spf13/cobra

replace go.uber.org/zap => /usr/share/gocode/src/go.uber.org/zap

replace google.golang.org/grpc => /usr/share/gocode/src/google.golang.org/grpc

replace gopkg.in/yaml.v3 => /usr/share/gocode/src/gopkg.in/yaml.v3

replace github.com/davecgh/go-spew => /usr/share/gocode/src/github.com/davecgh/go-spew

replace github.com/pmezard/go-difflib => /usr/share/gocode/src/github.com/pmezard/go-difflib

replace github.com/Masterminds/semver/v3 => /usr/share/gocode/src/github.com/Masterminds/semver/v3

replace github.com/cockroachdb/apd => /usr/share/gocode/src/github.com/cockroachdb/apd

replace github.com/go-kit/log => /usr/share/gocode/src/github.com/go-kit/log

replace github.com/gofrs/uuid => /usr/share/gocode/src/github.com/gofrs/uuid

replace github.com/jackc/pgconn => /usr/share/gocode/src/github.com/jackc/pgconn

replace golang.org/x/crypto => /usr/share/gocode/src/golang.org/x/crypto

replace golang.org/x/text => /usr/share/gocode/src/golang.org/x/text

replace github.com/jackc/pgio => /usr/share/gocode/src/github.com/jackc/pgio

replace github.com/jackc/pgproto3/v2 => /usr/share/gocode/src/github.com/jackc/pgproto3/v2

replace github.com/jackc/pgtype => /usr/share/gocode/src/github.com/jackc/pgtype

replace github.com/jackc/puddle => /usr/share/gocode/src/github.com/jackc/puddle

replace github.com/rs/zerolog => /usr/share/gocode/src/github.com/rs/zerolog

replace github.com/shopspring/decimal => /usr/share/gocode/src/github.com/shopspring/decimal

replace github.com/sirupsen/logrus => /usr/share/gocode/src/github.com/sirupsen/logrus

replace github.com/stretchr/testify => /usr/share/gocode/src/github.com/stretchr/testify

replace gopkg.in/inconshreveable/log15.v2 => /usr/share/gocode/src/github.com/inconshreveable/log15

replace github.com/cpuguy83/go-md2man/v2 => /usr/share/gocode/src/github.com/cpuguy83/go-md2man/v2

replace github.com/inconshreveable/mousetrap => /usr/share/gocode/src/github.com/inconshreveable/mousetrap

replace github.com/spf13/pflag => /usr/share/gocode/src/github.com/spf13/pflag

replace github.com/benbjohnson/clock => /usr/share/gocode/src/github.com/benbjohnson/clock

replace github.com/pkg/errors => /usr/share/gocode/src/github.com/pkg/errors

replace go.uber.org/atomic => /usr/share/gocode/src/go.uber.org/atomic

replace go.uber.org/goleak => /usr/share/gocode/src/go.uber.org/goleak

replace go.uber.org/multierr => /usr/share/gocode/src/go.uber.org/multierr

replace github.com/cncf/udpa/go => /usr/share/gocode/src/github.com/cncf/udpa/go

replace github.com/envoyproxy/go-control-plane => /usr/share/gocode/src/github.com/envoyproxy/go-control-plane

replace github.com/golang/glog => /usr/share/gocode/src/github.com/golang/glog

replace github.com/golang/protobuf => /usr/share/gocode/src/github.com/golang/protobuf

replace github.com/google/go-cmp => /usr/share/gocode/src/github.com/google/go-cmp

replace golang.org/x/net => /usr/share/gocode/src/golang.org/x/net

replace golang.org/x/oauth2 => /usr/share/gocode/src/golang.org/x/oauth2

replace google.golang.org/protobuf => /usr/share/gocode/src/google.golang.org/protobuf

replace golang.org/x/sys => /usr/share/gocode/src/golang.org/x/sys

replace google.golang.org/genproto => /usr/share/gocode/src/google.golang.org/genproto

replace gopkg.in/check.v1 => /usr/share/gocode/src/gopkg.in/check.v1

replace golang.org/x/term => /usr/share/gocode/src/golang.org/x/term

replace golang.org/x/tools => /usr/share/gocode/src/golang.org/x/tools

replace golang.org/x/mod => /usr/share/gocode/src/golang.org/x/mod

replace github.com/go-logfmt/logfmt => /usr/share/gocode/src/github.com/go-logfmt/logfmt

replace github.com/jackc/chunkreader/v2 => /usr/share/gocode/src/github.com/jackc/chunkreader/v2

replace github.com/jackc/pgmock => /usr/share/gocode/src/github.com/jackc/pgmock

replace github.com/jackc/pgpassfile => /usr/share/gocode/src/github.com/jackc/pgpassfile

replace github.com/jackc/pgservicefile => /usr/share/gocode/src/github.com/jackc/pgservicefile

replace github.com/lib/pq => /usr/share/gocode/src/github.com/lib/pq

replace github.com/coreos/go-systemd/v22 => /usr/share/gocode/src/github.com/coreos/go-systemd

replace github.com/rs/xid => /usr/share/gocode/src/github.com/rs/xid

replace github.com/stretchr/objx => /usr/share/gocode/src/github.com/stretchr/objx

replace github.com/russross/blackfriday/v2 => /usr/share/gocode/src/github.com/russross/blackfriday/v2

replace golang.org/x/lint => /usr/share/gocode/src/golang.org/x/lint

replace github.com/kr/pretty => /usr/share/gocode/src/github.com/kr/pretty

replace cloud.google.com/go/compute/metadata => /usr/share/gocode/src/cloud.google.com/go/compute/metadata

replace google.golang.org/appengine => /usr/share/gocode/src/google.golang.org/appengine

replace honnef.co/go/tools => /usr/share/gocode/src/honnef.co/go/tools

replace github.com/yuin/goldmark => /usr/share/gocode/src/github.com/yuin/goldmark

replace golang.org/x/sync => /usr/share/gocode/src/golang.org/x/sync

replace github.com/godbus/dbus/v5 => /usr/share/gocode/src/github.com/godbus/dbus

replace github.com/kr/text => /usr/share/gocode/src/github.com/kr/text

replace github.com/rogpeppe/go-internal => /usr/share/gocode/src/github.com/rogpeppe/go-internal

replace github.com/creack/pty => /usr/share/gocode/src/github.com/creack/pty

replace github.com/pkg/diff => /usr/share/gocode/src/github.com/pkg/diff

replace github.com/beorn7/perks => /usr/share/gocode/src/github.com/beorn7/perks

replace github.com/cespare/xxhash/v2 => /usr/share/gocode/src/github.com/cespare/xxhash

replace github.com/gin-contrib/sse => /usr/share/gocode/src/github.com/gin-contrib/sse

replace github.com/go-playground/validator/v10 => /usr/share/gocode/src/github.com/go-playground/validator/v10

replace github.com/goccy/go-json => /usr/share/gocode/src/github.com/goccy/go-json

replace github.com/json-iterator/go => /usr/share/gocode/src/github.com/json-iterator/go

replace github.com/mattn/go-isatty => /usr/share/gocode/src/github.com/mattn/go-isatty

replace github.com/pelletier/go-toml/v2 => /usr/share/gocode/src/github.com/pelletier/go-toml/v2

replace github.com/prometheus/client_model => /usr/share/gocode/src/github.com/prometheus/client_model

replace github.com/prometheus/common => /usr/share/gocode/src/github.com/prometheus/common

replace github.com/prometheus/procfs => /usr/share/gocode/src/github.com/prometheus/procfs

replace github.com/ugorji/go/codec => /usr/share/gocode/src/github.com/ugorji/go/codec

replace gopkg.in/yaml.v2 => /usr/share/gocode/src/gopkg.in/yaml.v2

require github.com/beorn7/perks v1.0.1 // indirect

require github.com/cespare/xxhash/v2 v2.1.2 // indirect

require github.com/gin-contrib/sse v0.1.0 // indirect

require github.com/go-playground/validator/v10 v10.10.0 // indirect

require github.com/json-iterator/go v1.1.12 // indirect

require github.com/mattn/go-isatty v0.0.14 // indirect

require github.com/pelletier/go-toml/v2 v2.0.1 // indirect

require github.com/prometheus/client_model v0.3.0 // indirect

require github.com/prometheus/common v0.37.0 // indirect

require github.com/prometheus/procfs v0.8.0 // indirect

require github.com/ugorji/go/codec v1.2.7 // indirect

require gopkg.in/yaml.v2 v2.4.0 // indirect

replace github.com/modern-go/concurrent => /usr/share/gocode/src/github.com/modern-go/concurrent

replace github.com/modern-go/reflect2 => /usr/share/gocode/src/github.com/modern-go/reflect2

replace github.com/go-playground/assert/v2 => /usr/share/gocode/src/github.com/go-playground/assert/v2

replace github.com/go-playground/locales => /usr/share/gocode/src/github.com/go-playground/locales

replace github.com/go-playground/universal-translator => /usr/share/gocode/src/github.com/go-playground/universal-translator

replace github.com/leodido/go-urn => /usr/share/gocode/src/github.com/leodido/go-urn

replace github.com/google/gofuzz => /usr/share/gocode/src/github.com/google/gofuzz

replace github.com/matttproud/golang_protobuf_extensions => /usr/share/gocode/src/github.com/matttproud/golang_protobuf_extensions

require github.com/matttproud/golang_protobuf_extensions v1.0.4 // indirect
