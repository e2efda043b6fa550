var app = WebApplication.CreateBuilder(args).Build();
app.MapGet("/", () => "hello from C#");
app.Run();
