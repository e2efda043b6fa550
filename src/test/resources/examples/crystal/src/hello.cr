puts "hello from Crystal"
