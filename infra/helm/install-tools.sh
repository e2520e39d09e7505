#!/usr/bin/env bash
# Build the chart's offline checkers from source through the Go module proxy into .stack/bin:
# helm (renders the chart) and kubeconform (validates what it renders against Kubernetes schemas).
# Both are pinned; a build is reused while its version marker matches.
set -euo pipefail
source "$(dirname "$0")/../local/lib.sh"

HELM_VERSION="${HELM_VERSION:-v3.19.5}"
KUBECONFORM_VERSION="${KUBECONFORM_VERSION:-v0.7.0}"

# go_tool NAME MODULE/CMD VERSION: build NAME once per version.
go_tool() {
  local name="$1" pkg="$2" version="$3" bin="$STACK_BIN/$1" marker="$STACK_BIN/$1.version"
  if [ -x "$bin" ] && [ "$(cat "$marker" 2>/dev/null)" = "$version" ]; then return 0; fi
  log "building $name $version with go install (minutes on a cold Go cache)"
  CGO_ENABLED=0 GOBIN="$STACK_BIN" GOFLAGS=-mod=mod go install "$pkg@$version"
  echo "$version" > "$marker"
}

go_tool helm helm.sh/helm/v3/cmd/helm "$HELM_VERSION"
go_tool kubeconform github.com/yannh/kubeconform/cmd/kubeconform "$KUBECONFORM_VERSION"

# The Kubernetes API's OpenAPI document of the version the chart is validated against, from the
# k8s.io/kubernetes module (api/openapi-spec/swagger.json) through the same proxy: kubeconform's
# own schemas live on GitHub, which these machines cannot reach. infra/test turns it into schemas.
KUBERNETES_VERSION="${KUBERNETES_VERSION:-v1.34.2}"
openapi="$STACK_HOME/kubernetes/swagger-$KUBERNETES_VERSION.json"
if [ ! -s "$openapi" ]; then
  log "fetching the Kubernetes $KUBERNETES_VERSION OpenAPI document (k8s.io/kubernetes module, about 18 MB)"
  dir="$(cd /tmp && GOFLAGS=-mod=mod go mod download -json "k8s.io/kubernetes@$KUBERNETES_VERSION" | sed -n 's/^\s*"Dir": "\(.*\)",$/\1/p')"
  mkdir -p "$(dirname "$openapi")"
  cp "$dir/api/openapi-spec/swagger.json" "$openapi" && chmod u+w "$openapi"
fi
