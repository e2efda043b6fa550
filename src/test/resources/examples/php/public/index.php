<?php echo "php\n";
