# Generated from a Nixpacks build plan (providers: staticfile)
FROM nginx:stable AS build
WORKDIR /app/
RUN mkdir -p /assets && echo 'ZGFlbW9uIG9mZjsKZXJyb3JfbG9nIC9kZXYvc3Rkb3V0IGluZm87Cndvcmtlcl9wcm9jZXNzZXMgYXV0bzsKZXZlbnRzIHsKICAgIHdvcmtlcl9jb25uZWN0aW9ucyAxMDI0Owp9CgpodHRwIHsKICAgIGluY2x1ZGUgL2V0Yy9uZ2lueC9taW1lLnR5cGVzOwogICAgYWNjZXNzX2xvZyAvZGV2L3N0ZG91dDsKICAgIGRlZmF1bHRfdHlwZSBhcHBsaWNhdGlvbi9vY3RldC1zdHJlYW07CiAgICBzZW5kZmlsZSBvbjsKICAgIGtlZXBhbGl2ZV90aW1lb3V0IDYwOwogICAgdHlwZXNfaGFzaF9tYXhfc2l6ZSA0MDk2OwogICAgc2VydmVyIHsKICAgICAgICBsaXN0ZW4gMC4wLjAuMDo4MDsKICAgICAgICBnemlwIG9mZjsKICAgICAgICByb290IC9hcHAvcHVibGljOwogICAgICAgIGxvY2F0aW9uIC8gewoKICAgICAgICAgICAgYXV0b2luZGV4IG9mZjsKICAgICAgICB9CiAgICB9Cn0K' | base64 -d > /assets/nginx.conf

# setup phase

# after the last phase
COPY . /app/.

# run stage
FROM nginx:stable
WORKDIR /app/
COPY --from=build /assets /assets
COPY --from=build /app /app
CMD ["/bin/sh", "-c", "[ -z \"${PORT}\" ] && echo \"Environment variable PORT not found. Using PORT 80\" || sed -i \"s/0.0.0.0:80/$PORT/g\" /assets/nginx.conf && nginx -c /assets/nginx.conf"]
