{{/* The release's name prefix for every object. */}}
{{- define "makerspace.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 50 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 50 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{- define "makerspace.labels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end -}}

{{/* Selector labels of one component: (dict "root" $ "name" "intake"). */}}
{{- define "makerspace.selector" -}}
app.kubernetes.io/name: {{ .root.Chart.Name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .name }}
{{- end -}}

{{- define "makerspace.image" -}}
{{- printf "%s/%s:%s" .root.Values.image.repository .name .root.Values.image.tag -}}
{{- end -}}

{{- define "makerspace.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default (include "makerspace.fullname" .) .Values.serviceAccount.name -}}
{{- else -}}
{{- default "default" .Values.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{/* The URL of a component's Service inside the cluster: (dict "root" $ "name" "evaluation"). */}}
{{- define "makerspace.url" -}}
{{- printf "http://%s-%s:%v" (include "makerspace.fullname" .root) .name (index .root.Values.components .name).port -}}
{{- end -}}

{{/* Settings every Node process reads: the shared ConfigMap and the secrets by reference. */}}
{{- define "makerspace.sharedEnv" -}}
- name: DATABASE_PASSWORD
  valueFrom:
    secretKeyRef: { name: {{ .Values.database.passwordSecret.name }}, key: {{ .Values.database.passwordSecret.key }} }
{{- if .Values.smtp.user }}
- name: SMTP_PASSWORD
  valueFrom:
    secretKeyRef: { name: {{ .Values.smtp.passwordSecret.name }}, key: {{ .Values.smtp.passwordSecret.key }} }
{{- end }}
{{- with .Values.objectStore.credentialsSecret }}
{{- if .name }}
- name: OBJECT_STORE_ACCESS_KEY
  valueFrom:
    secretKeyRef: { name: {{ .name }}, key: {{ .accessKeyKey }} }
- name: OBJECT_STORE_SECRET_KEY
  valueFrom:
    secretKeyRef: { name: {{ .name }}, key: {{ .secretKeyKey }} }
{{- end }}
{{- end }}
{{- end -}}
