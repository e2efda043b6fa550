       IDENTIFICATION DIVISION.
       PROGRAM-ID. INDEX.
       PROCEDURE DIVISION.
           DISPLAY "hello from COBOL".
           STOP RUN.
