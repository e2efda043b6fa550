printfn "hello from F#"
