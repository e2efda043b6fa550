# Generated from a Nixpacks build plan (providers: csharp)
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /app/
ARG ASPNETCORE_ENVIRONMENT="Production"
ARG ASPNETCORE_URLS="http://0.0.0.0:3000"
ENV ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT}" ASPNETCORE_URLS="${ASPNETCORE_URLS}"

# setup phase

# install phase
COPY . /app/.
RUN dotnet restore

# build phase
RUN dotnet publish --no-restore -c Release -o out

# after the last phase

# run stage
FROM mcr.microsoft.com/dotnet/sdk:10.0
WORKDIR /app/
ARG ASPNETCORE_ENVIRONMENT="Production"
ARG ASPNETCORE_URLS="http://0.0.0.0:3000"
ENV ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT}" ASPNETCORE_URLS="${ASPNETCORE_URLS}"
COPY --from=build /app /app
CMD ["/bin/sh", "-c", "./out/hello"]
